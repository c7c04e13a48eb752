using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Web.Pages.Admin;
using PropertyManager.Web.Forms;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// Issue 12: a task's assignee is picked from Buildium's staff users (pulled from the emulator's /v1/users by the sync),
/// the pushed task carries the picked user's id, and an id not in the list is refused in the form.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AssigneeBrowserTests(BrowserFixture browser, SyncConsoleApp app, ITestOutputHelper output) : IClassFixture<SyncConsoleApp>
{
    private static readonly int[] _widths = [1366, 390];
    private static readonly string[] _forged = ["6", "Bob Hill"];

    private readonly BrowserSession _session = new(browser, app.BaseAddress, output);

    [SkippableFact]
    public Task A_manager_picks_a_staff_user_and_the_pushed_task_is_assigned_to_them() =>
        _session.RunAsync(nameof(A_manager_picks_a_staff_user_and_the_pushed_task_is_assigned_to_them), async page =>
        {
            // The worker's first run cached the emulator's staff: the five active ones and the inactive Dana Kowalski.
            await using (var db = app.Database.CreateContext())
            {
                var staff = await db.StaffUsers.AsNoTracking().OrderBy(u => u.BuildiumUserId).ToListAsync();
                staff.Select(u => u.BuildiumUserId).ShouldBe([1, 2, 3, 4, 5, 6]);
                staff.Single(u => u.BuildiumUserId == 6).IsActive.ShouldBeFalse();
            }

            await BrowserSession.SignInAsync(page, app.Services, Roles.Admin);
            await page.GotoAsync("/Tasks/Create");
            var assignee = page.GetByLabel("Assigned to");
            var offered = await assignee.Locator("option").AllInnerTextsAsync();
            offered.ShouldBe(["Nobody", "Api Integration", "Casey O'Donnell", "Jordan Whitaker", "Morgan Reyes", "Priya Natarajan"]);

            await page.GetByLabel("Subject").FillAsync("Replace the lobby light");
            await page.GetByLabel("Priority").SelectOptionAsync("Normal");
            await page.GetByLabel("Status").SelectOptionAsync("New");
            await page.GetByLabel("Property").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await assignee.SelectOptionAsync(new SelectOptionValue { Label = "Morgan Reyes" });
            foreach (var width in _widths)
            {
                await page.SetViewportSizeAsync(width, 900);
                await BrowserSession.ScreenshotAsync(page, $"task-assignee-{width}");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Create task" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Tasks/Details/"));
            await Expect(page.Locator("#assignee")).ToHaveTextAsync("Morgan Reyes");

            var taskId = Guid.Parse(page.Url[^36..]);
            await using (var db = app.Database.CreateContext())
            {
                (await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId)).AssignedTo.ShouldBe("2");
            }

            using (var scope = app.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(new SyncRequest("test"), null, CancellationToken.None);
            }

            await using (var db = app.Database.CreateContext())
            {
                var buildiumId = (await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId)).BuildiumTaskId;
                buildiumId.ShouldNotBeNull();
                app.Emulator.Store.Get("tasks", buildiumId.Value)!["AssignedToUserId"]!.GetValue<int>().ShouldBe(2);
            }
        });

    [SkippableFact]
    public Task An_assignee_not_in_the_list_is_refused_with_a_field_message() =>
        _session.RunAsync(nameof(An_assignee_not_in_the_list_is_refused_with_a_field_message), async page =>
        {
            await BrowserSession.SignInAsync(page, app.Services, Roles.Admin);
            await page.GotoAsync("/Tasks/Create");
            await page.GetByLabel("Subject").FillAsync("Typed assignee");
            await page.GetByLabel("Priority").SelectOptionAsync("Normal");
            await page.GetByLabel("Status").SelectOptionAsync("New");

            // What a hand-made post sends: the inactive user's id and a name typed as text.
            foreach (var forged in _forged)
            {
                await page.Locator("#Input_AssignedTo").EvaluateAsync("(s, v) => { s.add(new Option(v, v)); s.value = v; }", forged);
                await page.GetByRole(AriaRole.Button, new() { Name = "Create task" }).ClickAsync();
                await Expect(page.Locator("[data-valmsg-for='Input.AssignedTo']")).ToHaveTextAsync(StaffChoices.NotInList);
            }

            await using var db = app.Database.CreateContext();
            (await db.Tasks.AsNoTracking().AnyAsync(t => t.Subject == "Typed assignee")).ShouldBeFalse();
        });
}
