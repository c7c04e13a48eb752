using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Integration;
using PropertyManager.Tests.Web.Pages.Admin;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// Issue 12: what a page says about a record's state with Buildium is what is true, on records pulled from the emulator.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StateLabelBrowserTests(BrowserFixture browser, SyncConsoleApp app, ITestOutputHelper output) : IClassFixture<SyncConsoleApp>
{
    private static readonly int[] _widths = [1366, 390];

    private readonly BrowserSession _session = new(browser, app.BaseAddress, output);

    [SkippableFact]
    public Task Pulled_properties_are_synced_in_the_list_not_missing_from_buildium() =>
        _session.RunAsync(nameof(Pulled_properties_are_synced_in_the_list_not_missing_from_buildium), async page =>
        {
            await BrowserSession.SignInAsync(page, app.Services, Roles.Admin);
            await page.GotoAsync("/Properties");
            var rows = page.Locator("table tbody tr");
            await Expect(rows).ToHaveCountAsync(app.Emulator.Store.Count("rentals"));
            await Expect(rows.Filter(new() { HasText = "Not in Buildium" })).ToHaveCountAsync(0);
            await Expect(rows.Filter(new() { HasText = "Synced" })).ToHaveCountAsync(app.Emulator.Store.Count("rentals"));
        });

    [SkippableFact]
    public Task A_deactivated_unit_says_it_is_inactive_here_only_and_nothing_is_queued() =>
        _session.RunAsync(nameof(A_deactivated_unit_says_it_is_inactive_here_only_and_nothing_is_queued), async page =>
        {
            Guid unitId;
            await using (var db = app.Database.CreateContext())
            {
                unitId = (await db.Units.AsNoTracking().Where(u => u.BuildiumUnitId != null && u.IsActive != false).OrderBy(u => u.BuildiumUnitId).FirstAsync()).Id;
            }

            await BrowserSession.SignInAsync(page, app.Services, Roles.Admin);
            await page.GotoAsync($"/Units/Details/{unitId}");
            page.Dialog += (_, dialog) => dialog.AcceptAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();

            await Expect(page.GetByText("Inactive here only")).ToBeVisibleAsync();
            await Expect(page.Locator("#local-only-state")).ToContainTextAsync("still active in Buildium");
            foreach (var width in _widths)
            {
                await page.SetViewportSizeAsync(width, 900);
                await BrowserSession.ScreenshotAsync(page, $"unit-inactive-here-only-{width}");
            }

            // True: Buildium has no unit inactivation, so nothing waits to be pushed.
            await using var check = app.Database.CreateContext();
            (await check.SyncStatuses.AsNoTracking().AnyAsync(s => s.EntityType == SyncEntityTypes.Unit && s.EntityId == unitId && s.SyncStatus == SyncStates.Pending)).ShouldBeFalse();
        });

    [SkippableFact]
    public Task Ownership_percentages_say_they_are_kept_here_only() =>
        _session.RunAsync(nameof(Ownership_percentages_say_they_are_kept_here_only), async page =>
        {
            Guid ownerId;
            Guid propertyId;
            await using (var db = app.Database.CreateContext())
            {
                var share = await db.Ownerships.AsNoTracking().OrderBy(o => o.Id).FirstAsync();
                ownerId = share.OwnerId!.Value;
                propertyId = share.PropertyId!.Value;
            }

            await BrowserSession.SignInAsync(page, app.Services, Roles.Admin);
            await page.GotoAsync($"/Owners/Details/{ownerId}");
            await Expect(page.Locator("#shares-local-only")).ToContainTextAsync("kept in this app only");
            await page.GotoAsync($"/Properties/Details/{propertyId}");
            await Expect(page.Locator("#shares-local-only")).ToContainTextAsync("kept in this app only");
        });
}
