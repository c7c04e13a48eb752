using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Web.Pages.Admin;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// Issue 16, demo mode shows both sides: on "Buildium (demo)" an admin changes a record in the built-in emulator and sees
/// it arrive by webhook, and changes one field on both sides and finds the conflict, at 1366 px and on a 390 px phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BuildiumDemoBrowserTests(BrowserFixture browser, DemoModeApp app, ITestOutputHelper output) : IClassFixture<DemoModeApp>
{
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(60);
    private readonly BrowserSession _session = new(browser, app.BaseAddress, output);

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task An_admin_changes_a_property_in_buildium_and_watches_it_arrive(int width) =>
        _session.RunAsync($"{nameof(An_admin_changes_a_property_in_buildium_and_watches_it_arrive)}_{width}", async page =>
        {
            await page.SetViewportSizeAsync(width, 900);
            await BrowserSession.SignInAsync(page, app.Services, Roles.Admin);
            await page.GotoAsync("/");
            // The navbar fits one line when expanded: "Sign out" sits level with the brand.
            if (width >= 992)
            {
                var brand = await page.Locator(".navbar-brand").BoundingBoxAsync();
                var signOut = await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).BoundingBoxAsync();
                (await page.Locator("nav.navbar").BoundingBoxAsync())!.Height.ShouldBeLessThan(80, "the navbar is one line");
                Math.Abs(brand!.Y + (brand.Height / 2) - (signOut!.Y + (signOut.Height / 2))).ShouldBeLessThan(12);
            }

            await page.Locator(".alert-warning").GetByRole(AriaRole.Link, new() { Name = "Change something in Buildium" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Admin/BuildiumDemo$"));
            await Expect(page.Locator("#curl-example")).ToContainTextAsync("x-buildium-client-secret: ");
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "buildium-demo", width);

            // Each width takes another property, so the two runs do not meet.
            var option = page.Locator("#Record optgroup").First.Locator("option").Nth(width == 390 ? 1 : 0);
            var key = await option.GetAttributeAsync("value");
            var buildiumId = int.Parse(key!.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
            var name = $"Renamed in Buildium {width} {Guid.NewGuid():N}"[..40];
            await page.Locator("#Record").SelectOptionAsync(key);
            await page.GetByLabel("New value in Buildium").FillAsync(name);
            await page.GetByRole(AriaRole.Button, new() { Name = "Change in Buildium" }).ClickAsync();
            await Expect(page.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync("changed in Buildium");

            // The emulator's webhook reaches the app, whose processor pulls the property: the new name is here.
            await WaitForAsync(async db => await db.Properties.AnyAsync(p => p.BuildiumPropertyId == buildiumId && p.Name == name));
            await using (var db = app.Database.CreateContext())
            {
                // Nothing else syncs in between (the scheduled run is hours away): the change came by a processed webhook.
                (await db.WebhookEvents.AnyAsync(e => e.EventType!.EndsWith(".Updated") && e.Processed == true)).ShouldBeTrue("the change came by webhook");
            }

            await page.ReloadAsync();
            await Expect(page.Locator("#changed-value")).ToHaveTextAsync(name);
            await page.Locator("#changed-record").GetByRole(AriaRole.Link, new() { Name = "Webhooks" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Admin/Sync/Webhooks"));
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "buildium-demo-webhooks", width);
        });

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task An_admin_changes_a_unit_on_both_sides_and_finds_the_conflict(int width) =>
        _session.RunAsync($"{nameof(An_admin_changes_a_unit_on_both_sides_and_finds_the_conflict)}_{width}", async page =>
        {
            await page.SetViewportSizeAsync(width, 900);
            await BrowserSession.SignInAsync(page, app.Services, Roles.Admin);
            await page.GotoAsync("/Admin/BuildiumDemo");

            // Each width takes another unit by Buildium id (the list's order moves as unit numbers change).
            var keys = await page.Locator("#Record option[value^='unit:']").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
            var buildiumId = keys.Select(k => int.Parse(k.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).Order().ElementAt(width == 390 ? 1 : 0);
            var key = $"unit:{buildiumId}";
            await page.Locator("#Record").SelectOptionAsync(key);

            // Both sides the same value is no conflict: the page says so and changes nothing.
            await page.GetByLabel("New value in Buildium").FillAsync($"B-{width}");
            await page.GetByLabel("New value here (for a conflict only)").FillAsync($"B-{width}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Change on both sides" }).ClickAsync();
            await Expect(page.Locator("[data-valmsg-for=LocalValue]")).ToContainTextAsync("different");

            await page.GetByLabel("New value here (for a conflict only)").FillAsync($"L-{width}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Change on both sides" }).ClickAsync();
            await Expect(page.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync("Conflicts");

            await WaitForAsync(async db => (await db.SyncConflicts.AsNoTracking().Where(c => c.Kind == "unit" && c.BuildiumId == buildiumId).ToListAsync())
                .Any(c => c.LocalValues!.RootElement.GetRawText().Contains($"L-{width}", StringComparison.Ordinal)));
            await page.Locator("#changed-record").GetByRole(AriaRole.Link, new() { Name = "Conflicts" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Admin/Sync/Conflicts"));
            await Expect(page.Locator("main table tbody tr").First).ToBeVisibleAsync();
            await using (var db = app.Database.CreateContext())
            {
                var conflicts = await db.SyncConflicts.AsNoTracking().Where(c => c.Kind == "unit" && c.BuildiumId == buildiumId).ToListAsync();
                conflicts.ShouldContain(c => (c.LocalValues!.RootElement.GetRawText() + c.BuildiumValues!.RootElement.GetRawText()).Contains($"L-{width}", StringComparison.Ordinal)
                    && (c.LocalValues!.RootElement.GetRawText() + c.BuildiumValues!.RootElement.GetRawText()).Contains($"B-{width}", StringComparison.Ordinal));
            }

            if (width >= 576)
            {
                // Both values side by side in the list (the phone's cards leave that column out).
                await Expect(page.Locator("main")).ToContainTextAsync($"L-{width}");
                await Expect(page.Locator("main")).ToContainTextAsync($"B-{width}");
            }
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "buildium-demo-conflict", width);
        });

    private async Task WaitForAsync(Func<PropertyManager.Data.AppDbContext, Task<bool>> arrived)
    {
        var deadline = DateTime.UtcNow + Arrival;
        while (true)
        {
            await using var db = app.Database.CreateContext();
            if (await arrived(db))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Nothing arrived within {Arrival.TotalSeconds} s.");
            }

            await Task.Delay(250);
        }
    }
}
