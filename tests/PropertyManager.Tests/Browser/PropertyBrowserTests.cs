using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Properties;
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

    [SkippableFact]
    public Task A_manager_creates_a_property_then_adds_a_unit_from_its_page() =>
        _session.RunAsync(nameof(A_manager_creates_a_property_then_adds_a_unit_from_its_page), async page =>
        {
            await BrowserSession.SignInAsync(page, _factory.Services, Roles.Manager);
            await page.GotoAsync("/Properties");
            await page.GetByRole(AriaRole.Link, new() { Name = "New property" }).ClickAsync();
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Aspen Row");
            await page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync("MultiFamily");
            await page.GetByLabel("Address line 1", new() { Exact = true }).FillAsync("12 Aspen Row");
            await page.GetByLabel("City", new() { Exact = true }).FillAsync("Salem");
            await page.GetByLabel("Postal code", new() { Exact = true }).FillAsync("97301");
            await page.GetByLabel("Operating bank account", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Main operating" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Create property" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aspen Row" })).ToBeVisibleAsync();
            var units = page.Locator("section[aria-labelledby=units-heading]");
            await Expect(units.GetByText("No units yet.")).ToBeVisibleAsync();

            await units.GetByRole(AriaRole.Link, new() { Name = "Add unit" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New unit" })).ToBeVisibleAsync();
            // The unit form comes with the property it was opened from already chosen.
            await Expect(page.GetByLabel("Property", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync("Aspen Row");
            await page.GetByLabel("Unit number", new() { Exact = true }).FillAsync("A-101");
            await page.GetByLabel("Market rent", new() { Exact = true }).FillAsync("1450");
            await page.GetByLabel("Bedrooms", new() { Exact = true }).SelectOptionAsync("TwoBed");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create unit" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Unit A-101" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Aspen Row" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aspen Row" })).ToBeVisibleAsync();
            var row = units.GetByRole(AriaRole.Row).Filter(new() { HasText = "A-101" });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToContainTextAsync("1,450.00");
            await Expect(row).ToContainTextAsync("Vacant");

            await using var db = database.CreateContext();
            var unit = await db.Units.Include(u => u.Property).SingleAsync(u => u.UnitNumber == "A-101");
            unit.Property!.Name.ShouldBe("Aspen Row");
            unit.MarketRent.ShouldBe(1450m);
        });

    [SkippableFact]
    public Task Deactivating_a_property_asks_first_and_then_says_it_is_pending_push() =>
        _session.RunAsync(nameof(Deactivating_a_property_asks_first_and_then_says_it_is_pending_push), async page =>
        {
            var property = new Property { Name = "Confirm Court", IsActive = true, Status = PropertyStatuses.Active };
            await using (var db = database.CreateContext())
            {
                db.Properties.Add(property);
                await db.SaveChangesAsync();
            }

            var propertyId = property.Id;
            await BrowserSession.SignInAsync(page, _factory.Services, Roles.Admin);
            await page.GotoAsync($"/Properties/Details/{propertyId}");

            // Dismissed: nothing is sent, nothing changes.
            var questions = new List<string>();
            var accept = false;
            page.Dialog += async (_, dialog) =>
            {
                questions.Add(dialog.Message);
                await (accept ? dialog.AcceptAsync() : dialog.DismissAsync());
            };
            await page.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Deactivate" })).ToBeVisibleAsync();
            questions.ShouldHaveSingleItem().ShouldStartWith("Deactivate this property?");
            await using (var db = database.CreateContext())
            {
                (await db.Properties.AsNoTracking().SingleAsync(p => p.Id == propertyId)).IsActive.ShouldNotBe(false);
            }

            // Accepted: deactivated, and the page says the change waits to be pushed to Buildium.
            accept = true;
            await page.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "pending push to Buildium" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Pending push", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reactivate" })).ToBeVisibleAsync();
            await using var check = database.CreateContext();
            (await check.Properties.AsNoTracking().SingleAsync(p => p.Id == propertyId)).IsActive.ShouldBe(false);
            (await check.SyncStatuses.AsNoTracking().AnyAsync(s => s.EntityType == SyncEntityTypes.Property && s.EntityId == propertyId && s.SyncStatus == SyncStates.Pending)).ShouldBeTrue();
        });
}
