using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages.Admin;

/// <summary>"Buildium (demo)" exists for admins in demo mode only: refused to everyone else, and absent (404) with a real Buildium.</summary>
public sealed class BuildiumDemoPageTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task In_demo_mode_admins_see_the_emulators_keys_and_other_roles_are_refused()
    {
        await using var factory = new WebAppFactory(database.ConnectionString);
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        var page = await admin.GetStringAsync(new Uri("/Admin/BuildiumDemo", UriKind.Relative));
        var emulator = factory.Services.GetRequiredService<PropertyManager.Web.Buildium.EmbeddedEmulator>();
        page.ShouldContain(emulator.Options.ClientSecret);
        page.ShouldContain(emulator.Address.ToString());
        (await admin.GetStringAsync(new Uri("/", UriKind.Relative))).ShouldContain("href=\"/Admin/BuildiumDemo\"");

        foreach (var role in new[] { Roles.Manager, Roles.Viewer, Roles.Accountant })
        {
            using var other = await factory.CreateSignedInClientAsync(role);
            var refused = await other.GetAsync(new Uri("/Admin/BuildiumDemo", UriKind.Relative));
            refused.StatusCode.ShouldBe(HttpStatusCode.Redirect, role);
            refused.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied", Case.Sensitive, role);
            (await other.GetStringAsync(new Uri("/", UriKind.Relative))).ShouldNotContain("/Admin/BuildiumDemo", Case.Sensitive, role);
        }

        using var anonymous = factory.CreateBrowser();
        (await anonymous.GetAsync(new Uri("/Admin/BuildiumDemo", UriKind.Relative))).Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task With_a_real_buildium_configured_the_page_does_not_exist_even_for_admins()
    {
        await using var factory = new WebAppFactory(database.ConnectionString, new Dictionary<string, string?>
        {
            // A Buildium account (never called here: the sync is off) means no built-in emulator.
            ["Buildium:ClientId"] = "real-account",
            ["Buildium:ClientSecret"] = "real-secret",
            ["Buildium:BaseUrl"] = "http://127.0.0.1:9/",
        });
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        factory.Services.GetService<PropertyManager.Web.Buildium.EmbeddedEmulator>().ShouldBeNull();

        (await admin.GetAsync(new Uri("/Admin/BuildiumDemo", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetStringAsync(new Uri("/", UriKind.Relative))).ShouldNotContain("/Admin/BuildiumDemo");
    }
}
