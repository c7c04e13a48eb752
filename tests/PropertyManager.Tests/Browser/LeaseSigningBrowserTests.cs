using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Buildium.Leases;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Leases;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Web.Pages.Admin;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// Issue 15's acceptance, as a manager does it at 1366 and 390 px: a lease for a vacant unit with two new tenants and a
/// rent, signed on the create page and synced, is in the emulator with both tenants and the rent schedule (read over
/// its HTTP API); a payment recorded on the lease's page lowers the balance in both places; the rent roll and the
/// delinquency list show the totals the emulator's own data gives, computed here from its lists.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LeaseSigningBrowserTests(BrowserFixture browser, SyncConsoleApp app, ITestOutputHelper output) : IClassFixture<SyncConsoleApp>
{
    private readonly BrowserSession _session = new(browser, app.BaseAddress, output);

    private BuildiumClient Buildium => app.Services.GetRequiredService<BuildiumClient>();

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task A_lease_signed_here_reaches_Buildium_a_payment_lowers_its_balance_in_both_places_and_the_reports_agree_with_Buildium(int width) =>
        _session.RunAsync($"{nameof(A_lease_signed_here_reaches_Buildium_a_payment_lowers_its_balance_in_both_places_and_the_reports_agree_with_Buildium)}_{width}", async page =>
        {
            var suffix = width.ToString(CultureInfo.InvariantCulture);
            var (propertyId, unitId) = await VacantUnitAsync(width == 390 ? 1 : 0);
            await page.SetViewportSizeAsync(width, 900);
            await BrowserSession.SignInAsync(page, app.Services, Roles.Manager);

            // The vacant-unit picker is narrowed by the property chosen first.
            await page.GotoAsync("/Leases/Create");
            await page.Locator("#propertyId").SelectOptionAsync(propertyId.ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Show vacant units" }).ClickAsync();
            await page.Locator("#Input_UnitId").SelectOptionAsync(unitId.ToString());
            var today = DateOnly.FromDateTime(DateTime.Today);
            await page.Locator("#Input_StartDate").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.Locator("#Input_EndDate").FillAsync(today.AddYears(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.Locator("#Input_NewTenants_0__FirstName").FillAsync("Ada");
            await page.Locator("#Input_NewTenants_0__LastName").FillAsync("Lovelace" + suffix);
            await page.Locator("#Input_NewTenants_0__Email").FillAsync($"ada{suffix}@example.com");
            await page.Locator("#Input_NewTenants_1__FirstName").FillAsync("Charles");
            await page.Locator("#Input_NewTenants_1__LastName").FillAsync("Babbage" + suffix);
            await page.Locator("#Input_NewTenants_1__Phone").FillAsync("503-555-0177");
            await page.Locator("#Input_Rent").FillAsync("1234.50");
            await page.Locator("#Input_Deposit").FillAsync("1000");
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "lease-create", width);
            await page.GetByRole(AriaRole.Button, new() { Name = "Create lease" }).ClickAsync();
            // The first save builds its queries on a loaded machine: wait for the redirect longer than the default.
            await Expect(page).ToHaveURLAsync(new Regex(@"/Leases/Details/\d+$"), new() { Timeout = 30_000 });
            var leaseId = long.Parse(new Regex(@"/Leases/Details/(\d+)$").Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);

            await SyncAsync();

            // The emulator, over its HTTP API, holds the lease, both tenants and the rent schedule.
            int buildiumLeaseId;
            await using (var db = app.Database.CreateContext())
            {
                buildiumLeaseId = (await db.Leases.SingleAsync(l => l.Id == leaseId)).BuildiumLeaseId.ShouldNotBeNull("the lease was pushed");
            }

            var remote = await Buildium.Leases.GetAsync(buildiumLeaseId);
            remote.LeaseFromDate.ShouldBe(today);
            (remote.CurrentTenants ?? []).Select(t => $"{t.FirstName} {t.LastName}").Order()
                .ShouldBe([$"Ada Lovelace{suffix}", $"Charles Babbage{suffix}"]);
            var schedule = (await ListAsync(Buildium.LeaseRent.ListAsync(buildiumLeaseId))).ShouldHaveSingleItem();
            schedule.TotalAmount.ShouldBe(1234.50m);
            schedule.RentCycle.Value.ShouldBe("Monthly");
            var owedBefore = await BuildiumBalanceAsync(buildiumLeaseId);
            owedBefore.ShouldBeGreaterThanOrEqualTo(1000m, "the deposit is charged on the lease's first day");

            await page.ReloadAsync();
            await Expect(page.Locator("#lease-tenants tbody tr")).ToHaveCountAsync(2);
            await Expect(page.Locator("#lease-balance")).ToContainTextAsync(Money(owedBefore));
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "lease-details", width);

            await page.GetByRole(AriaRole.Link, new() { Name = "Record payment" }).ClickAsync();
            await page.Locator("#Input_Amount").FillAsync("200");
            await page.Locator("#Input_ReferenceNumber").FillAsync("1042");
            await page.Locator("#Input_Memo").FillAsync("First payment");
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "record-payment", width);
            await page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
            await Expect(page.Locator("#lease-ledger")).ToContainTextAsync("Not in Buildium yet");

            await SyncAsync();

            (await BuildiumBalanceAsync(buildiumLeaseId)).ShouldBe(owedBefore - 200m);
            await page.ReloadAsync();
            await Expect(page.Locator("#lease-balance")).ToContainTextAsync(Money(owedBefore - 200m));
            await Expect(page.Locator("#lease-ledger")).Not.ToContainTextAsync("Not in Buildium yet");
            await Expect(page.Locator("#lease-ledger")).ToContainTextAsync("First payment");

            // The reports of the lease's property, against totals computed from the emulator's lists.
            var expected = await ExpectedTotalsAsync(propertyId);
            await page.GotoAsync($"/Leases/RentRoll?propertyId={propertyId}");
            await Expect(page.Locator("[data-total='rent']")).ToHaveTextAsync(Money(expected.Rent));
            await Expect(page.Locator("[data-total='deposits']")).ToHaveTextAsync(Money(expected.Deposits));
            await Expect(page.Locator("[data-total='balance']")).ToHaveTextAsync(Money(expected.RentRollBalance));
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "rent-roll-property", width);

            await page.GotoAsync($"/Leases/Delinquency?propertyId={propertyId}");
            await Expect(page.Locator("[data-total='total']")).ToHaveTextAsync(Money(expected.Owed));
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "delinquency-property", width);

            await page.GotoAsync("/Leases/Expirations?within=90");
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "expirations", width);
        });

    /// <summary>The n-th vacant unit (in Buildium and here) of a property, in Buildium id order.</summary>
    private async Task<(Guid Property, Guid Unit)> VacantUnitAsync(int n)
    {
        await using var db = app.Database.CreateContext();
        var unit = await db.Units.AsNoTracking()
            .Where(u => u.BuildiumUnitId != null && u.PropertyId != null && u.IsActive != false
                && !u.Leases.Any(l => l.Status == LeaseStatuses.Active || l.Status == LeaseStatuses.Future))
            .OrderBy(u => u.BuildiumUnitId)
            .Skip(n)
            .FirstAsync();
        return (unit.PropertyId!.Value, unit.Id);
    }

    private async Task SyncAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(new SyncRequest("test"), null, CancellationToken.None);
        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Errors));
    }

    private async Task<decimal> BuildiumBalanceAsync(int leaseId) =>
        (await ListAsync(Buildium.OutstandingBalances.ListAsync(new OutstandingBalanceListFilter { LeaseIds = [leaseId] }))).Sum(b => b.TotalBalance);

    /// <summary>
    /// The property's totals from Buildium's own lists: each unit's current lease (the active one that started last),
    /// its rent schedule in force today, its deposit and its outstanding balance; and what every lease of the property owes.
    /// </summary>
    private async Task<Totals> ExpectedTotalsAsync(Guid propertyId)
    {
        int buildiumPropertyId;
        await using (var db = app.Database.CreateContext())
        {
            buildiumPropertyId = (await db.Properties.SingleAsync(p => p.Id == propertyId)).BuildiumPropertyId!.Value;
        }

        var today = DateOnly.FromDateTime(DateTime.Today);
        var leases = await ListAsync(Buildium.Leases.ListAsync(new LeaseListFilter { PropertyIds = [buildiumPropertyId] }));
        var current = leases.Where(l => l.LeaseStatus.Value == "Active")
            .GroupBy(l => l.UnitId)
            .Select(g => g.OrderByDescending(l => l.LeaseFromDate).ThenByDescending(l => l.Id).First())
            .ToList();
        var schedules = (await ListAsync(Buildium.LeaseRent.ListAllAsync())).ToLookup(s => s.LeaseId);
        var balances = (await ListAsync(Buildium.OutstandingBalances.ListAsync())).ToDictionary(b => b.LeaseId, b => b.TotalBalance);
        var rent = current.Sum(l => schedules[l.Id].Where(s => s.StartDate is null || s.StartDate <= today).OrderByDescending(s => s.StartDate).Select(s => s.TotalAmount).FirstOrDefault());
        var deposits = current.Sum(l => l.AccountDetails?.SecurityDeposit ?? 0m);
        var rentRollBalance = current.Sum(l => balances.GetValueOrDefault(l.Id));
        var owed = leases.Sum(l => balances.GetValueOrDefault(l.Id) is > 0 and var b ? b : 0m);
        return new Totals(rent, deposits, rentRollBalance, owed);
    }

    private static string Money(decimal amount) => amount.ToString("C", CultureInfo.GetCultureInfo("en-US"));

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private sealed record Totals(decimal Rent, decimal Deposits, decimal RentRollBalance, decimal Owed);
}
