using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>What a property manager does in the browser, in Debian's Chromium against the app on Kestrel.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PropertyBrowserTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
    : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private BrowserSession _session = null!;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _session = new BrowserSession(browser, _factory.ClientOptions.BaseAddress, output);
        await using var db = database.CreateContext();
        if (!await db.BankAccounts.AnyAsync())
        {
            var gl = new GlAccount { Name = "Operating cash", BuildiumGlAccountId = 11, Type = GlAccountTypes.Asset };
            db.AddRange(gl, new BankAccount { Name = "Main operating", BuildiumBankId = 21, GlAccount = gl, IsActive = true });
            await db.SaveChangesAsync();
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [SkippableFact]
    public Task A_manager_sees_a_validation_error_fixes_it_and_the_property_is_created() =>
        _session.RunAsync(nameof(A_manager_sees_a_validation_error_fixes_it_and_the_property_is_created), async page =>
        {
            await BrowserSession.SignInAsync(page, _factory.Services, Roles.Manager);
            await page.GotoAsync("/Properties/Create");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Willow Court");
            await page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync("MultiFamily");
            await page.GetByLabel("City", new() { Exact = true }).FillAsync("Eugene");
            await page.GetByLabel("Postal code", new() { Exact = true }).FillAsync("97401");
            await page.GetByLabel("Operating bank account", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Main operating" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Create property" }).ClickAsync();

            await Expect(page.GetByText("Enter the first address line; Buildium requires it.")).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Willow Court");
            await Expect(page.GetByLabel("City", new() { Exact = true })).ToHaveValueAsync("Eugene");

            await page.GetByLabel("Address line 1", new() { Exact = true }).FillAsync("5 Willow Lane");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create property" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Willow Court" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Pending push")).ToBeVisibleAsync();
            await using var db = database.CreateContext();
            (await db.Properties.SingleAsync(p => p.Name == "Willow Court")).AddressLine1.ShouldBe("5 Willow Lane");
        });
}
