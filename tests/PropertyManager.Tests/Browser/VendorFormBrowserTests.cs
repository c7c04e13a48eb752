using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Vendors;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>The vendor form on a phone (390 px wide): Country is a list of Buildium's countries by name, and an address without one is refused beside the field.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VendorFormBrowserTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
    : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private BrowserSession _session = null!;
    private Guid _legacyVendor;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _session = new BrowserSession(browser, _factory.ClientOptions.BaseAddress, output);
        await using var db = database.CreateContext();
        if (!await db.VendorCategories.AnyAsync())
        {
            db.VendorCategories.Add(new VendorCategory { Name = "Plumbing", BuildiumCategoryId = 31, IsActive = true });
        }

        // A row from before the list: the country typed as free text.
        var legacy = new Vendor { Name = "Old Pipes", CategoryId = 31, AddressLine1 = "4 Elm St", PostalCode = "97401", Country = "US", IsActive = true };
        db.Vendors.Add(legacy);
        await db.SaveChangesAsync();
        _legacyVendor = legacy.Id;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [SkippableFact]
    public Task On_a_phone_the_vendor_form_offers_countries_by_name_and_refuses_an_address_without_one() =>
        _session.RunAsync(nameof(On_a_phone_the_vendor_form_offers_countries_by_name_and_refuses_an_address_without_one), async page =>
        {
            await page.SetViewportSizeAsync(390, 844);
            await BrowserSession.SignInAsync(page, _factory.Services, Roles.Admin);

            // Free text an older row holds opens as Buildium's value, shown by its name.
            await page.GotoAsync($"/Vendors/Edit/{_legacyVendor}");
            var country = page.GetByLabel("Country", new() { Exact = true });
            await Expect(country).ToHaveValueAsync("UnitedStates");
            await Expect(country.Locator("option:checked")).ToHaveTextAsync("United States");

            await page.GotoAsync("/Vendors/Create");
            country = page.GetByLabel("Country", new() { Exact = true });
            (await country.EvaluateAsync<string>("e => e.tagName")).ShouldBe("SELECT");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Pine Plumbing");
            await page.GetByLabel("Category", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Plumbing" });
            await page.GetByLabel("Address line 1", new() { Exact = true }).FillAsync("1 Pine St");
            await page.GetByLabel("Postal code", new() { Exact = true }).FillAsync("97301");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create vendor" }).ClickAsync();

            var message = page.GetByText("Choose the country; Buildium requires it once any part of the address is given.");
            await Expect(message).ToBeVisibleAsync();
            // On a phone the list and its message fit the screen.
            var box = await country.BoundingBoxAsync();
            box.ShouldNotBeNull();
            (box.X + box.Width).ShouldBeLessThanOrEqualTo(390);
            ((await message.BoundingBoxAsync())!.Width).ShouldBeLessThanOrEqualTo(390);
            await using (var db = database.CreateContext())
            {
                (await db.Vendors.AnyAsync(v => v.Name == "Pine Plumbing")).ShouldBeFalse("a refused form saves nothing");
            }

            await country.SelectOptionAsync(new SelectOptionValue { Label = "United States" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Create vendor" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pine Plumbing" })).ToBeVisibleAsync();
            await using var check = database.CreateContext();
            (await check.Vendors.SingleAsync(v => v.Name == "Pine Plumbing")).Country.ShouldBe("UnitedStates");
        });
}
