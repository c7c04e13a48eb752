using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;
using PropertyManager.Web.Accounts;

namespace PropertyManager.Tests.Accounts;

/// <summary>/Admin/Users as an administrator uses it: add, change role, disable, enable.</summary>
public sealed partial class UserAdminTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _admin = await _factory.CreateSignedInClientAsync(Roles.Admin);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task An_admin_adds_a_user_without_a_password_sees_the_generated_one_once_and_the_user_signs_in_with_it()
    {
        var email = $"new-{Guid.NewGuid():N}@example.test";

        var created = await AddAsync(email, Roles.Manager, password: "");

        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        created.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var password = WebUtility.HtmlDecode(GeneratedPassword().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value);
        password.Length.ShouldBe(20);
        using var user = _factory.CreateBrowser();
        (await WebAppFactory.SignInAsync(user, email, password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var list = await _admin.GetStringAsync(new Uri("/Admin/Users", UriKind.Relative));
        list.ShouldContain(email);
        list.ShouldNotContain(password, Case.Sensitive, "the password is shown on the creation answer only");
        (await RoleOfAsync(email)).ShouldBe(Roles.Manager);
    }

    [Fact]
    public async Task An_admin_adds_a_user_with_a_password_and_is_sent_back_to_the_list()
    {
        var email = $"given-{Guid.NewGuid():N}@example.test";

        var created = await AddAsync(email, Roles.Viewer, WebAppFactory.Password);

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _admin.GetStringAsync(new Uri("/Admin/Users", UriKind.Relative))).ShouldContain($"{email} was added as Viewer.");
    }

    [Fact]
    public async Task Bad_input_comes_back_beside_its_field_with_Identitys_password_messages()
    {
        var weak = await AddAsync($"weak-{Guid.NewGuid():N}@example.test", Roles.Viewer, "short1");
        weak.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await weak.Content.ReadAsStringAsync();
        FieldError(html, "Input.Password").ShouldContain("at least 12 characters");

        var existing = await _factory.CreateUserAsync(Roles.Viewer);
        var duplicate = await AddAsync(existing.Email!.ToUpperInvariant(), Roles.Viewer, "");
        FieldError(await duplicate.Content.ReadAsStringAsync(), "Input.Email").ShouldContain("already exists");

        var invalid = await AddAsync("not-an-address", "Owner", "");
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        FieldError(invalidHtml, "Input.Email").ShouldContain("valid e-mail");
        FieldError(invalidHtml, "Input.Role").ShouldContain("Choose one of Admin, Manager, Viewer");
    }

    [Fact]
    public async Task An_admin_changes_a_role_and_the_signed_in_user_gets_it_on_the_next_request()
    {
        var user = await _factory.CreateUserAsync(Roles.Viewer);
        using var browser = _factory.CreateBrowser();
        await WebAppFactory.SignInAsync(browser, user.Email!, WebAppFactory.Password);
        (await browser.GetAsync(new Uri("/Admin/Users", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Redirect, "a viewer is denied");

        var changed = await PostListAsync("SetRole", new() { ["Input.Id"] = user.Id.ToString(), ["Input.Role"] = Roles.Admin });

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RoleOfAsync(user.Email!)).ShouldBe(Roles.Admin);
        (await browser.GetAsync(new Uri("/Admin/Users", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_disabled_user_loses_their_session_and_cannot_sign_in_until_enabled()
    {
        var user = await _factory.CreateUserAsync(Roles.Manager);
        using var browser = _factory.CreateBrowser();
        await WebAppFactory.SignInAsync(browser, user.Email!, WebAppFactory.Password);
        (await browser.GetAsync(new Uri("/Properties", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await PostListAsync("Disable", [], user.Id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var afterwards = await browser.GetAsync(new Uri("/Properties", UriKind.Relative));
        afterwards.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the existing cookie no longer works");
        afterwards.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
        using var again = _factory.CreateBrowser();
        var refused = await WebAppFactory.SignInAsync(again, user.Email!, WebAppFactory.Password);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain(PasswordSignIn.RefusedMessage, Case.Sensitive, "the same words as a wrong password: no one learns the account is disabled");
        var row = Row(await _admin.GetStringAsync(new Uri("/Admin/Users", UriKind.Relative)), user.Email!);
        row.ShouldContain("Disabled");

        (await PostListAsync("Enable", [], user.Id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await WebAppFactory.SignInAsync(again, user.Email!, WebAppFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_only_enabled_admin_cannot_be_disabled_or_demoted()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        // Leave exactly one enabled admin: the one this class signed in as is disabled for the length of this test.
        var keep = admins.OrderBy(a => a.Email, StringComparer.Ordinal).First();
        var alone = await _factory.CreateUserAsync(Roles.Admin);
        foreach (var other in admins.Where(a => a.Id != keep.Id).Append(keep))
        {
            await users.SetLockoutEndDateAsync(other, DateTimeOffset.MaxValue);
        }

        try
        {
            using var client = _factory.CreateBrowser();
            await WebAppFactory.SignInAsync(client, alone.Email!, WebAppFactory.Password);
            var demoted = await Forms.PostAsync(client, "/Admin/Users?handler=SetRole",
                new Dictionary<string, string> { ["Input.Id"] = alone.Id.ToString(), ["Input.Role"] = Roles.Viewer }, formPage: "/Admin/Users");
            demoted.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await demoted.Content.ReadAsStringAsync()).ShouldContain("only enabled administrator");
            (await RoleOfAsync(alone.Email!)).ShouldBe(Roles.Admin);
        }
        finally
        {
            foreach (var other in admins)
            {
                await users.SetLockoutEndDateAsync(await users.FindByIdAsync(other.Id.ToString()) ?? other, null);
            }
        }
    }

    private Task<HttpResponseMessage> AddAsync(string email, string role, string password) =>
        Forms.PostAsync(_admin, "/Admin/Users/Create", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Role"] = role,
            ["Input.Password"] = password,
        });

    private Task<HttpResponseMessage> PostListAsync(string handler, Dictionary<string, string> fields, Guid? id = null) =>
        Forms.PostAsync(_admin, $"/Admin/Users?handler={handler}{(id is null ? "" : $"&id={id}")}", fields, formPage: "/Admin/Users");

    private async Task<string?> RoleOfAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.GetRolesAsync((await users.FindByEmailAsync(email))!)).SingleOrDefault();
    }

    /// <summary>The validation message rendered beside a field (asp-validation-for).</summary>
    private static string FieldError(string html, string field) =>
        Regex.Match(html, $"""data-valmsg-for="{Regex.Escape(field)}"[^>]*>(.*?)</span>""", RegexOptions.Singleline) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new ShouldAssertException($"No message for {field} in:\n{html}");

    private static string Row(string html, string email) =>
        Regex.Match(html, $"""<tr data-user="{Regex.Escape(email)}">(.*?)</tr>""", RegexOptions.Singleline).Groups[1].Value;

    [GeneratedRegex("""<code class="fs-5" id="generated-password">([^<]+)</code>""")]
    private static partial Regex GeneratedPassword();
}
