using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PropertyManager.Data;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.SyncState;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// Issue 17: on a first sync every list is read before any per-parent child read, so a new user sees data on every
/// list page long before the run ends, and the console tells them how long the rest will take.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FirstSyncBrowserTests(BrowserFixture browser, FirstSyncApp app, ITestOutputHelper output) : IClassFixture<FirstSyncApp>
{
    private readonly BrowserSession _session = new(browser, app.BaseAddress, output);

    [SkippableFact]
    public Task During_a_first_sync_the_lists_show_data_before_the_child_reads_end_and_the_console_shows_the_time_left() =>
        _session.RunAsync(nameof(During_a_first_sync_the_lists_show_data_before_the_child_reads_end_and_the_console_shows_the_time_left), async page =>
        {
            await BrowserSession.SignInAsync(page, app.Services, Roles.Admin);
            // Work orders are the last list the run reads; once they are in, only child reads are left.
            await UntilAsync(db => db.WorkOrders.AnyAsync(), "the run read every list");

            foreach (var path in (string[])["/Properties", "/Units", "/Leases", "/Bills", "/WorkOrders"])
            {
                await page.GotoAsync(path);
                (await page.Locator("main table tbody tr").CountAsync()).ShouldBeGreaterThan(0, $"{path} shows records during the first sync");
            }

            await page.GotoAsync("/Admin/Sync");
            var status = page.Locator("#sync-progress [data-role=status]");
            await Expect(status).ToContainTextAsync(TimeLeft(), new() { Timeout = 20_000 });
            await PageChecks.AssertReadableAsync(page, 1366);
            await PageChecks.ScreenshotAsync(page, "first-sync-console", 1366);

            await using (var db = app.Database.CreateContext())
            {
                var run = await db.SyncRuns.AsNoTracking().SingleAsync(r => r.Trigger == "schedule");
                run.FinishedAt.ShouldBeNull("every list page showed data while the child reads were still going");
            }

            // A user's edit meanwhile, and an incremental sync asked for: the child reads pause, the asked-for run pushes
            // the edit while they are still to do, and carries them on.
            var store = app.Emulator.Store;
            var vendorId = store.GetIds("vendors")[0];
            Guid localVendor;
            await using (var db = app.Database.CreateContext())
            {
                localVendor = await db.Vendors.Where(v => v.BuildiumVendorId == vendorId).Select(v => v.Id).SingleAsync();
            }

            await page.GotoAsync($"/Vendors/Edit/{localVendor}");
            await page.GetByLabel("Notes").FillAsync("Edited during the first sync");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
            await page.GotoAsync("/Admin/Sync");
            await page.GetByRole(AriaRole.Button, new() { Name = "Incremental sync" }).ClickAsync();
            var pushed = DateTime.UtcNow.AddMinutes(2);
            while (store.Get("vendors", vendorId)!["Comments"]?.GetValue<string>() != "Edited during the first sync")
            {
                DateTime.UtcNow.ShouldBeLessThan(pushed, "the edit reached Buildium during the first sync");
                await Task.Delay(200);
            }

            await using (var db = app.Database.CreateContext())
            {
                (await db.TaskHistory.CountAsync()).ShouldBeLessThan(store.Count("taskhistory"), "the edit went out while task history was still to read");
            }

            // The rest at full speed: the asked-for run carries on with the children the first one left.
            app.Emulator.Faults.Clear();
            await UntilAsync(db => db.SyncRuns.AnyAsync(r => r.Trigger == "manual" && r.FinishedAt != null), "the asked-for run ended");
            await using var done = app.Database.CreateContext();
            var runs = await done.SyncRuns.AsNoTracking().OrderBy(r => r.StartedAt).ToListAsync();
            runs.Select(r => r.Trigger).ShouldBe(["schedule", "manual"]);
            runs.ShouldAllBe(r => r.Status == SyncRunStatus.Succeeded);
            (await done.BillPayments.CountAsync()).ShouldBeGreaterThan(0);
            (await done.TaskHistory.CountAsync()).ShouldBe(store.Count("taskhistory"));

            await page.GotoAsync($"/Admin/Sync/Runs/{runs[1].Id}");
            await Expect(page.Locator("main table")).ToContainTextAsync("an earlier run left unread");
            await page.GotoAsync($"/Admin/Sync/Runs/{runs[0].Id}");
            await Expect(page.Locator("main table")).ToContainTextAsync("paused after");
            foreach (var width in PageChecks.Widths)
            {
                await page.SetViewportSizeAsync(width, 900);
                await PageChecks.AssertReadableAsync(page, width);
                await PageChecks.ScreenshotAsync(page, "first-sync-paused-run", width);
            }
        });

    private async Task UntilAsync(Func<AppDbContext, Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            await using (var db = app.Database.CreateContext())
            {
                if (await condition(db))
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited three minutes for: {what}.");
            }

            await Task.Delay(200);
        }
    }

    // sync-progress.js: "… N Buildium calls done, M left · 1 min 5 s left at 12.3 calls/s".
    [GeneratedRegex(@"Buildium calls done, [\d,]+ left · .+ left at [\d.,]+ calls/s")]
    private static partial Regex TimeLeft();
}
