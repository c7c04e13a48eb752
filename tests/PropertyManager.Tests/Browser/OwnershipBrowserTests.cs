using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>Editing an owner's share of a property in place, in the owner's #ownership section.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OwnershipBrowserTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
    : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private BrowserSession _session = null!;

    public Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _session = new BrowserSession(browser, _factory.ClientOptions.BaseAddress, output);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [SkippableFact]
    public Task A_manager_changes_a_share_and_sees_it_saved() =>
        _session.RunAsync(nameof(A_manager_changes_a_share_and_sees_it_saved), async page =>
        {
            var (ownerId, shareId) = await SeedShareAsync("Birch Hall", "Rivera", 100m);
            await BrowserSession.SignInAsync(page, _factory.Services, Roles.Manager);
            await page.GotoAsync($"/Owners/Details/{ownerId}#ownership");

            var ownership = page.Locator("#ownership");
            var share = ownership.GetByLabel("Ownership % of Birch Hall");
            await Expect(share).ToHaveValueAsync("100");
            await share.FillAsync("62.5");
            await ownership.GetByRole(AriaRole.Row).Filter(new() { HasText = "Birch Hall" })
                .GetByRole(AriaRole.Button, new() { Name = "Save share" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Share saved" })).ToBeVisibleAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#ownership$"));
            await Expect(ownership.GetByLabel("Ownership % of Birch Hall")).ToHaveValueAsync("62.5");
            (await ShareAsync(shareId)).ShouldBe(62.5m);
        });

    [SkippableFact]
    public Task A_share_over_100_percent_is_not_saved_and_says_why() =>
        _session.RunAsync(nameof(A_share_over_100_percent_is_not_saved_and_says_why), async page =>
        {
            var (ownerId, shareId) = await SeedShareAsync("Cedar Yard", "Okafor", 70m);
            // Another owner holds the remaining 30% of the same property.
            await using (var db = database.CreateContext())
            {
                var propertyId = (await db.Ownerships.SingleAsync(o => o.Id == shareId)).PropertyId;
                var other = new Owner { FirstName = "Pat", LastName = "Okafor-Lee", IsActive = true };
                db.Add(other);
                db.Add(new Ownership { Owner = other, PropertyId = propertyId, OwnershipPercentage = 30, DisbursementPercentage = 30, Primary = false });
                await db.SaveChangesAsync();
            }

            await BrowserSession.SignInAsync(page, _factory.Services, Roles.Manager);
            await page.GotoAsync($"/Owners/Details/{ownerId}#ownership");
            var ownership = page.Locator("#ownership");
            var share = ownership.GetByLabel("Ownership % of Cedar Yard");
            var save = ownership.GetByRole(AriaRole.Row).Filter(new() { HasText = "Cedar Yard" }).GetByRole(AriaRole.Button, new() { Name = "Save share" });

            // Over 100 the browser itself stops the form (max="100") and says so on the field.
            await share.FillAsync("150");
            await save.ClickAsync();
            (await share.EvaluateAsync<bool>("e => e.validity.rangeOverflow")).ShouldBeTrue();
            (await share.EvaluateAsync<string>("e => e.validationMessage")).ShouldNotBeNullOrWhiteSpace();
            await Expect(page.GetByText("Share saved")).ToHaveCountAsync(0);

            // Within 0–100 but more than the other owner leaves: the server says how much is left.
            await share.FillAsync("80");
            await save.ClickAsync();
            await Expect(ownership.GetByText("Other owners hold 30% of this property; this share can be at most 70%.")).ToBeVisibleAsync();
            await Expect(ownership.GetByLabel("Ownership % of Cedar Yard")).ToHaveValueAsync("80");
            (await ShareAsync(shareId)).ShouldBe(70m);
        });

    private async Task<(Guid OwnerId, Guid ShareId)> SeedShareAsync(string propertyName, string lastName, decimal percentage)
    {
        await using var db = database.CreateContext();
        var property = new Property { Name = propertyName, AddressLine1 = "1 " + propertyName, City = "Bend", PostalCode = "97701", Country = "UnitedStates" };
        var owner = new Owner { FirstName = "Sam", LastName = lastName, IsActive = true };
        var share = new Ownership { Owner = owner, Property = property, OwnershipPercentage = percentage, DisbursementPercentage = percentage, Primary = true };
        db.AddRange(property, owner, share);
        await db.SaveChangesAsync();
        return (owner.Id, share.Id);
    }

    private async Task<decimal?> ShareAsync(Guid shareId)
    {
        await using var db = database.CreateContext();
        return (await db.Ownerships.AsNoTracking().SingleAsync(o => o.Id == shareId)).OwnershipPercentage;
    }
}
