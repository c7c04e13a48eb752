using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Tasks;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Web.Pages.Admin;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// Issue 12: a record Buildium refuses says on its page what to fix, with a link to the field on the edit page, and
/// "Retry now" / "Send now" pushes it at once, without waiting for the next scheduled run.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RefusalBrowserTests(BrowserFixture browser, SyncConsoleApp app, ITestOutputHelper output) : IClassFixture<SyncConsoleApp>
{
    private static readonly int[] _widths = [1366, 390];

    private readonly BrowserSession _session = new(browser, app.BaseAddress, output);

    [SkippableFact]
    public Task A_refused_task_says_what_to_fix_links_to_the_field_and_sends_the_fix_at_once() =>
        _session.RunAsync(nameof(A_refused_task_says_what_to_fix_links_to_the_field_and_sends_the_fix_at_once), async page =>
        {
            Guid taskId;
            await using (var db = app.Database.CreateContext())
            {
                var propertyId = (await db.Properties.AsNoTracking().Where(p => p.BuildiumPropertyId != null).OrderBy(p => p.BuildiumPropertyId).FirstAsync()).Id;
                // As a task saved before assignees were picked from Buildium's list: an id Buildium has no staff user for.
                var task = new MaintenanceTask { Subject = "Typed before the list", Priority = TaskPriorities.All[1], Status = TaskStatuses.New, PropertyId = propertyId, AssignedTo = "99" };
                db.Tasks.Add(task);
                await db.SaveChangesAsync();
                taskId = task.Id;
            }

            using (var scope = app.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(new SyncRequest("test"), null, CancellationToken.None);
            }

            await BrowserSession.SignInAsync(page, app.Services, Roles.Admin);
            await page.GotoAsync($"/Tasks/Details/{taskId}");
            var refusal = page.Locator("#sync-refusal");
            await Expect(refusal).ToContainTextAsync("Buildium refused this record");
            var link = refusal.GetByRole(AriaRole.Link, new() { Name = "Assigned to" });
            await Expect(link).ToHaveAttributeAsync("href", $"/Tasks/Edit/{taskId}#Input_AssignedTo");
            foreach (var width in _widths)
            {
                await page.SetViewportSizeAsync(width, 900);
                await BrowserSession.ScreenshotAsync(page, $"task-refused-{width}");
            }

            await page.SetViewportSizeAsync(1366, 900);
            await link.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Tasks/Edit/{taskId}#Input_AssignedTo$"));
            await Expect(page.Locator("#Input_AssignedTo")).ToBeVisibleAsync();
            await page.Locator("#Input_AssignedTo").SelectOptionAsync(new SelectOptionValue { Label = "Morgan Reyes" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Tasks/Details/{taskId}(#.*)?$"));
            await Expect(page.Locator("#sync-refusal")).ToHaveCountAsync(0);

            // No sync run is started here: the button alone gets the task to Buildium.
            var runsBefore = await CountRunsAsync();
            var send = page.GetByRole(AriaRole.Button, new() { Name = "Send now" }).Or(page.GetByRole(AriaRole.Button, new() { Name = "Retry now" }));
            await send.First.ClickAsync();
            await Expect(page.GetByText("Sent to Buildium: it accepted the record.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(page.GetByText("Synced", new() { Exact = true })).ToBeVisibleAsync();

            await using var check = app.Database.CreateContext();
            var buildiumId = (await check.Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId)).BuildiumTaskId;
            buildiumId.ShouldNotBeNull();
            app.Emulator.Store.Get("tasks", buildiumId.Value)!["AssignedToUserId"]!.GetValue<int>().ShouldBe(2);
            var push = await check.SyncRuns.AsNoTracking().Where(r => r.Trigger == "retry").ToListAsync();
            push.ShouldHaveSingleItem().Mode.ShouldBe("push");
            (await CountRunsAsync()).ShouldBe(runsBefore + 1);
            (await check.SyncStatuses.AsNoTracking().SingleAsync(s => s.EntityType == SyncEntityTypes.Task && s.EntityId == taskId)).SyncStatus.ShouldBe(SyncStates.Synced);
        });

    private async Task<int> CountRunsAsync()
    {
        await using var db = app.Database.CreateContext();
        return await db.SyncRuns.CountAsync();
    }
}
