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

/// <summary>A viewer reads everything and changes nothing, whichever button or address they try.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ViewerBrowserTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
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
    public Task A_viewer_is_not_offered_edit_and_the_edit_page_is_refused() =>
        _session.RunAsync(nameof(A_viewer_is_not_offered_edit_and_the_edit_page_is_refused), async page =>
        {
            var (propertyId, _, _) = await SeedAsync("Elm Terrace");
            await BrowserSession.SignInAsync(page, _factory.Services, Roles.Viewer);
            await page.GotoAsync($"/Properties/Details/{propertyId}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Elm Terrace" })).ToBeVisibleAsync();

            // Not offered; and typed in, the address is refused.
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true })).ToHaveCountAsync(0);
            await page.GotoAsync($"/Properties/Edit/{propertyId}");

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveCountAsync(0);

            // A POST with a valid antiforgery token, as the form would send it, is refused too.
            await ShouldBeRefusedAsync(await PostAsync(page, $"/Properties/Edit/{propertyId}", new() { ["Input.Name"] = "Renamed by a viewer" }));
            await using var db = database.CreateContext();
            (await db.Properties.SingleAsync(p => p.Id == propertyId)).Name.ShouldBe("Elm Terrace");
        });

    [SkippableFact]
    public Task A_viewer_is_offered_no_write_button_and_a_forged_post_changes_nothing() =>
        _session.RunAsync(nameof(A_viewer_is_offered_no_write_button_and_a_forged_post_changes_nothing), async page =>
        {
            var (propertyId, ownerId, shareId) = await SeedAsync("Fir Gardens");
            await BrowserSession.SignInAsync(page, _factory.Services, Roles.Viewer);

            // Deactivate is a POST handler on the details page, which a viewer may read.
            await page.GotoAsync($"/Properties/Details/{propertyId}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fir Gardens" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Deactivate" })).ToHaveCountAsync(0);

            // So is saving an owner's share.
            await page.GotoAsync($"/Owners/Details/{ownerId}#ownership");
            await Expect(page.Locator("#ownership")).ToBeVisibleAsync();
            await Expect(page.Locator("#ownership").GetByRole(AriaRole.Button, new() { Name = "Save share" })).ToHaveCountAsync(0);

            // The buttons are not offered, and the handlers refuse a viewer's POST all the same.
            await ShouldBeRefusedAsync(await PostAsync(page, $"/Properties/Details/{propertyId}?handler=Deactivate", []));
            await ShouldBeRefusedAsync(await PostAsync(page, $"/Owners/Details/{ownerId}?handler=Share", new()
            {
                ["Share.OwnershipId"] = shareId.ToString(),
                ["Share.OwnershipPercentage"] = "5",
                ["Share.DisbursementPercentage"] = "5",
            }));

            await using var db = database.CreateContext();
            (await db.Properties.AsNoTracking().SingleAsync(p => p.Id == propertyId)).IsActive.ShouldNotBe(false);
            (await db.Ownerships.AsNoTracking().SingleAsync(o => o.Id == shareId)).OwnershipPercentage.ShouldBe(100m);
        });

    /// <summary>POSTs a form from the page's browser context, cookie and antiforgery token included, as a form would.</summary>
    private static async Task<IAPIResponse> PostAsync(IPage page, string url, Dictionary<string, string> fields)
    {
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync());
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return await page.Context.APIRequest.PostAsync(url, new() { Form = form, MaxRedirects = 0 });
    }

    private static async Task ShouldBeRefusedAsync(IAPIResponse response)
    {
        var location = response.Headers.TryGetValue("location", out var value) ? value : "";
        (response.Status == 403 || (response.Status == 302 && location.Contains("/Account/AccessDenied", StringComparison.Ordinal)))
            .ShouldBeTrue($"{response.Url} answered {response.Status} {location}: a viewer's POST must be refused");
        await response.DisposeAsync();
    }

    private async Task<(Guid PropertyId, Guid OwnerId, Guid ShareId)> SeedAsync(string name)
    {
        await using var db = database.CreateContext();
        var property = new Property { Name = name, AddressLine1 = "3 " + name, City = "Bend", PostalCode = "97701", Country = "UnitedStates", IsActive = true };
        var owner = new Owner { FirstName = "Viewer's", LastName = "Landlord", IsActive = true };
        var share = new Ownership { Owner = owner, Property = property, OwnershipPercentage = 100, DisbursementPercentage = 100, Primary = true };
        db.AddRange(property, owner, share);
        await db.SaveChangesAsync();
        return (property.Id, owner.Id, share.Id);
    }
}
