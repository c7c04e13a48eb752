using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Leases;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Web.Pages.Admin;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// Issue 15's "renew lease", as a manager does it at 1366 and 390 px: a lease ending soon, renewed from the expirations
/// list, reaches Buildium as a renewal; the emulator's own store then holds the lease's new end and the new term's rent
/// schedule, and the next pull brings them back here. A new end before the current one is refused on the form and
/// nothing reaches Buildium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LeaseRenewalBrowserTests(BrowserFixture browser, SyncConsoleApp app, ITestOutputHelper output) : IClassFixture<SyncConsoleApp>
{
    private readonly BrowserSession _session = new(browser, app.BaseAddress, output);

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task A_lease_ending_soon_renewed_from_the_expirations_list_reaches_Buildium_with_its_new_end_and_rent(int width) =>
        _session.RunAsync($"{nameof(A_lease_ending_soon_renewed_from_the_expirations_list_reaches_Buildium_with_its_new_end_and_rent)}_{width}", async page =>
        {
            var lease = await LeaseEndingSoonAsync(width == 390 ? 1 : 0);
            var currentEnd = DateOnly.FromDateTime(lease.EndDate!.Value);
            var newEnd = currentEnd.AddYears(1);
            var rent = width == 390 ? 2045.25m : 1987.50m;
            await page.SetViewportSizeAsync(width, 900);
            await BrowserSession.SignInAsync(page, app.Services, Roles.Manager);

            await page.GotoAsync($"/Leases/Expirations?within=90&propertyId={lease.PropertyId}");
            await AssertNoOverflowAsync(page, width);
            await page.Locator($"#expirations a.renew-lease[href='/Leases/Renew/{lease.Id}']").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($@"/Leases/Renew/{lease.Id}$"));
            await Expect(page.Locator("#renew-summary")).ToContainTextAsync(currentEnd.AddDays(1).ToString("d", CultureInfo.GetCultureInfo("en-US")));
            await Expect(page.Locator("label[for='Input_NewEndDate']")).ToHaveClassAsync(new Regex("pm-required"));
            await Expect(page.Locator("label[for='Input_Rent']")).ToHaveClassAsync(new Regex("pm-required"));
            // Buildium's cycles are offered in words.
            await Expect(page.Locator("#Input_RentCycle option[value='Every2Weeks']")).Not.ToHaveTextAsync("Every2Weeks");

            await page.Locator("#Input_NewEndDate").FillAsync(Day(newEnd));
            await page.Locator("#Input_Rent").FillAsync(rent.ToString(CultureInfo.InvariantCulture));
            await page.Locator("#Input_RentCycle").SelectOptionAsync("Monthly");
            await PageChecks.AssertReadableAsync(page, width);
            await AssertNoOverflowAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "lease-renew", width);
            await page.GetByRole(AriaRole.Button, new() { Name = "Renew lease" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($@"/Leases/Details/{lease.Id}$"), new() { Timeout = 30_000 });

            await SyncAsync();

            // The emulator's own store: the lease runs to the new end and the new term has its rent schedule.
            var store = app.Emulator.Store;
            var stored = store.GetStored("leases", lease.BuildiumLeaseId!.Value).ShouldNotBeNull();
            stored["LeaseToDate"]!.GetValue<string>().ShouldBe(Day(newEnd));
            stored["LeaseFromDate"]!.GetValue<string>().ShouldBe(Day(DateOnly.FromDateTime(lease.StartDate!.Value)));
            var schedules = RentsOf(lease.BuildiumLeaseId.Value);
            var term = schedules.Where(s => s["StartDate"]!.GetValue<string>() == Day(currentEnd.AddDays(1))).ShouldHaveSingleItem();
            term["EndDate"]!.GetValue<string>().ShouldBe(Day(newEnd));
            term["TotalAmount"]!.GetValue<double>().ShouldBe((double)rent);
            term["RentCycle"]!.GetValue<string>().ShouldBe("Monthly");
            var renewal = store.GetIds("leaserenewals").Select(id => store.GetStored("leaserenewals", id)!)
                .Where(r => r["RentId"]!.GetValue<int>() == term["Id"]!.GetValue<int>()).ShouldHaveSingleItem();
            renewal["LeaseToDate"]!.GetValue<string>().ShouldBe(Day(newEnd));

            // The pull brought them back: the lease's end here and the term's schedule, now with its Buildium id.
            await using (var db = app.Database.CreateContext())
            {
                (await db.Leases.SingleAsync(l => l.Id == lease.Id)).EndDate.ShouldBe(newEnd.ToDateTime(TimeOnly.MinValue));
                var local = await db.LeaseRents.SingleAsync(r => r.LeaseId == lease.Id && r.StartDate == currentEnd.AddDays(1));
                (local.BuildiumRentId, local.TotalAmount, local.EndDate).ShouldBe((term["Id"]!.GetValue<int>(), rent, newEnd));
                (await db.LeaseRents.CountAsync(r => r.LeaseId == lease.Id && r.BuildiumRentId == null)).ShouldBe(0);
            }

            await page.ReloadAsync();
            await Expect(page.Locator("dl")).ToContainTextAsync(newEnd.ToDateTime(TimeOnly.MinValue).ToString("d", CultureInfo.GetCultureInfo("en-US")));
            await PageChecks.AssertReadableAsync(page, width);
            await AssertNoOverflowAsync(page, width);
        });

    [SkippableFact]
    public Task A_new_end_before_the_current_end_is_refused_on_the_form_and_nothing_reaches_Buildium() =>
        _session.RunAsync(nameof(A_new_end_before_the_current_end_is_refused_on_the_form_and_nothing_reaches_Buildium), async page =>
        {
            var lease = await LeaseEndingSoonAsync(2);
            var currentEnd = DateOnly.FromDateTime(lease.EndDate!.Value);
            var renewalsBefore = app.Emulator.Store.Count("leaserenewals");
            await page.SetViewportSizeAsync(390, 900);
            await BrowserSession.SignInAsync(page, app.Services, Roles.Manager);

            await page.GotoAsync($"/Leases/Details/{lease.Id}");
            await page.Locator("#renew-lease").ClickAsync();
            await page.Locator("#Input_NewEndDate").FillAsync(Day(currentEnd.AddDays(-1)));
            await page.Locator("#Input_Rent").FillAsync("1500");
            await page.GetByRole(AriaRole.Button, new() { Name = "Renew lease" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($@"/Leases/Renew/{lease.Id}$"));
            await Expect(page.Locator("[data-valmsg-for='Input.NewEndDate']")).ToContainTextAsync("must be after the lease's current end");
            await PageChecks.AssertReadableAsync(page, 390);
            await AssertNoOverflowAsync(page, 390);
            await PageChecks.ScreenshotAsync(page, "lease-renew-refused", 390);

            await SyncAsync();

            await using (var db = app.Database.CreateContext())
            {
                (await db.Leases.SingleAsync(l => l.Id == lease.Id)).EndDate.ShouldBe(lease.EndDate);
                (await db.LeaseRents.CountAsync(r => r.LeaseId == lease.Id && r.BuildiumRentId == null)).ShouldBe(0);
            }

            app.Emulator.Store.Count("leaserenewals").ShouldBe(renewalsBefore);
            app.Emulator.Store.GetStored("leases", lease.BuildiumLeaseId!.Value)!["LeaseToDate"]!.GetValue<string>().ShouldBe(Day(currentEnd));
        });

    /// <summary>The n-th active lease in Buildium ending within 60 days, with tenants, in Buildium id order.</summary>
    private async Task<Lease> LeaseEndingSoonAsync(int n)
    {
        await using var db = app.Database.CreateContext();
        var today = DateTime.Today;
        return await db.Leases.AsNoTracking()
            .Where(l => l.Status == LeaseStatuses.Active && l.BuildiumLeaseId != null && l.EndDate > today && l.EndDate <= today.AddDays(60)
                && l.Tenants.Any() && !l.Rents.Any(r => r.BuildiumRentId == null))
            .OrderBy(l => l.BuildiumLeaseId)
            .Skip(n)
            .FirstAsync();
    }

    private List<JsonObject> RentsOf(int buildiumLeaseId)
    {
        var store = app.Emulator.Store;
        return [.. store.GetIds("rents").Select(id => store.GetStored("rents", id)!).Where(r => r["LeaseId"]!.GetValue<int>() == buildiumLeaseId)];
    }

    private async Task SyncAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(new SyncRequest("test"), null, CancellationToken.None);
        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Errors));
    }

    private static async Task AssertNoOverflowAsync(IPage page, int width)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0, $"{page.Url} is wider than a {width} px screen");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
