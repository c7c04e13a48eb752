using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Web.Pages.Admin;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// An admin on the sync console with the background worker on against the Buildium emulator: a resync watched until it
/// ends, and the API calls it logged.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SyncBrowserTests(BrowserFixture browser, SyncConsoleApp app, ITestOutputHelper output) : IClassFixture<SyncConsoleApp>
{
    private readonly BrowserSession _session = new(browser, app.BaseAddress, output);

    [SkippableFact]
    public Task An_admin_resyncs_one_kind_and_watches_the_run_finish() =>
        _session.RunAsync(nameof(An_admin_resyncs_one_kind_and_watches_the_run_finish), async page =>
        {
            await BrowserSession.SignInAsync(page, app.Services, Roles.Admin);
            await page.GotoAsync("/Admin/Sync");

            await page.GetByRole(AriaRole.Button, new() { Name = "Resync Task category", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is queued" })).ToBeVisibleAsync();
            var progress = page.Locator("#sync-progress");
            await Expect(progress).ToBeVisibleAsync();
            // sync-progress.js polls once a second and says so when the run it was asked to watch has finished.
            await Expect(progress.Locator("[data-role=status]")).ToContainTextAsync("Run succeeded.", new() { Timeout = 60_000 });
            await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Sync progress" })).ToHaveAttributeAsync("aria-valuenow", "100");

            await progress.GetByRole(AriaRole.Link, new() { Name = "Refresh the counts" }).ClickAsync();
            var runs = page.Locator("section[aria-labelledby=runs-heading]");
            var run = runs.GetByRole(AriaRole.Row).Filter(new() { HasText = "Manual" }).Filter(new() { HasText = "Task category" });
            await Expect(run).ToHaveCountAsync(1);
            await Expect(run).ToContainTextAsync("Succeeded");

            await using var db = app.Database.CreateContext();
            var recorded = await db.SyncRuns.AsNoTracking().SingleAsync(r => r.Trigger == "manual" && r.EntityKind == "task_category");
            recorded.Status.ShouldBe("succeeded");
            recorded.FinishedAt.ShouldNotBeNull();
        });

    [SkippableFact]
    public Task An_admin_opens_an_api_log_entry_and_sees_the_call_and_its_body() =>
        _session.RunAsync(nameof(An_admin_opens_an_api_log_entry_and_sees_the_call_and_its_body), async page =>
        {
            await BrowserSession.SignInAsync(page, app.Services, Roles.Admin);
            await page.GotoAsync("/Admin/Sync");
            await page.GetByRole(AriaRole.Link, new() { Name = "API log" }).First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Admin/Sync/ApiLog"));
            await page.GetByLabel("Method", new() { Exact = true }).SelectOptionAsync("GET");
            await page.GetByLabel("Status", new() { Exact = true }).FillAsync("200");
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("status=200"));

            var entry = page.Locator("table tbody tr").First;
            await Expect(entry.Locator("td").Nth(1)).ToHaveTextAsync("GET");
            await entry.GetByRole(AriaRole.Link).ClickAsync();
            await Expect(page).ToHaveURLAsync(DetailsUrl());
            var id = Guid.Parse(DetailsUrl().Match(page.Url).Groups["id"].Value);

            await using var db = app.Database.CreateContext();
            var call = await db.ApiLog.AsNoTracking().SingleAsync(c => c.Id == id);
            call.ResponseData.ShouldNotBeNull();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"GET {call.Endpoint}");
            await Expect(page.Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("200");
            var body = page.Locator("section[aria-labelledby=response-heading] pre code");
            await Expect(body).ToBeVisibleAsync();
            var text = await body.InnerTextAsync();
            // Formatted: indented over several lines, and still the JSON that was logged.
            text.ShouldContain("\n  ");
            JsonNode.Parse(text).ShouldNotBeNull();
        });

    [GeneratedRegex(@"/Admin/Sync/ApiLog/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex DetailsUrl();
}
