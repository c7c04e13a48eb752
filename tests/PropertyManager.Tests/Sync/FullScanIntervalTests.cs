using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>
/// Kinds Buildium cannot filter by change are full scans; an incremental run re-reads a multi-page one only every
/// <c>Sync:FullScanInterval</c>, records why it skipped it, and <c>sync --full</c> reads it regardless. Bills are
/// scanned on the same schedule, and in between the general ledger names the ones that changed.
/// </summary>
public sealed class FullScanIntervalTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        // Pages of five make the demo's twenty bills a multi-page scan, as thirty thousand are with pages of a thousand.
        _buildium = await BuildiumHostFixture.StartAsync(_database.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Buildium:PageSize"] = "5",
            ["Sync:FullScanInterval"] = "01:00:00",
        });
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_incremental_run_skips_a_multi_page_unfiltered_scan_that_is_not_due_and_records_why()
    {
        var store = _buildium.Emulator.Store;
        var glAccountId = store.GetIds("glaccounts")[0];
        store.Update("glaccounts", glAccountId, new JsonObject { ["Description"] = "Changed in Buildium" });

        var report = await _buildium.SyncAsync();

        report.Succeeded.ShouldBeTrue();
        var glAccounts = report.Kinds[SyncEntityTypes.GlAccount];
        glAccounts.Skipped.ShouldNotBeNull().ShouldStartWith("full scan not due");
        glAccounts.Read.ShouldBe(0);
        report.Kinds[SyncEntityTypes.BankAccount].Skipped.ShouldBeNull("a one-page scan (three accounts) costs what an incremental read does");
        report.Kinds[SyncEntityTypes.Vendor].Skipped.ShouldBeNull("kinds with a changed-since filter are always read");
        await using (var db = _database.CreateContext())
        {
            var counts = (await db.SyncRuns.AsNoTracking().SingleAsync(r => r.Id == report.RunId)).Counts!.RootElement;
            counts.GetProperty(SyncEntityTypes.GlAccount).GetProperty("Skipped").GetString().ShouldBe(glAccounts.Skipped);
            (await db.GlAccounts.AsNoTracking().SingleAsync(g => g.BuildiumGlAccountId == glAccountId)).Description.ShouldNotBe("Changed in Buildium");
        }

        var full = await _buildium.SyncAsync(new SyncRequest("test", Full: true));

        full.Kinds[SyncEntityTypes.GlAccount].Skipped.ShouldBeNull();
        full.Kinds[SyncEntityTypes.GlAccount].Read.ShouldBe(store.Count("glaccounts"));
        await using (var db = _database.CreateContext())
        {
            (await db.GlAccounts.AsNoTracking().SingleAsync(g => g.BuildiumGlAccountId == glAccountId)).Description.ShouldBe("Changed in Buildium");
        }
    }

    [Fact]
    public async Task Between_full_scans_of_bills_the_ledger_brings_the_changed_bill_without_listing_bills()
    {
        var store = _buildium.Emulator.Store;
        var billId = store.GetIds("bills")[0];
        store.Update("bills", billId, new JsonObject { ["Memo"] = "Changed in Buildium" });
        var billListsBefore = BillListCalls();
        var lastFullScan = await BillCursorAsync();

        var report = await _buildium.SyncAsync();

        var bills = report.Kinds[SyncEntityTypes.Bill];
        bills.Skipped.ShouldBeNull();
        bills.Read.ShouldBe(1);
        BillListCalls().ShouldBe(billListsBefore + 1, "no page of bills, one GET of the changed bill");
        await using var db = _database.CreateContext();
        (await db.Bills.AsNoTracking().SingleAsync(b => b.BuildiumBillId == billId)).Description.ShouldBe("Changed in Buildium");
        (await BillCursorAsync()).ShouldBe(lastFullScan, "the bills' cursor keeps the last full scan, so the next falls due on time");
    }

    private async Task<DateTimeOffset?> BillCursorAsync()
    {
        await using var db = _database.CreateContext();
        return (await db.SyncCursors.AsNoTracking().SingleAsync(c => c.Kind == SyncEntityTypes.Bill)).CompletedFrom;
    }

    [Fact]
    public async Task Once_the_interval_has_passed_the_scan_is_due_again()
    {
        // As if the last full scan of bills were two hours old.
        await using (var db = _database.CreateContext())
        {
            await db.SyncCursors.Where(c => c.Kind == SyncEntityTypes.Bill)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CompletedFrom, DateTimeOffset.UtcNow.AddHours(-2)));
        }

        var report = await _buildium.SyncAsync();

        report.Kinds[SyncEntityTypes.Bill].Skipped.ShouldBeNull();
        report.Kinds[SyncEntityTypes.Bill].Read.ShouldBe(_buildium.Emulator.Store.Count("bills"));
        var listsBefore = BillListCalls();
        (await _buildium.SyncAsync()).Kinds[SyncEntityTypes.Bill].Read.ShouldBe(0, "the scan just done resets the interval; the ledger names no change");
        BillListCalls().ShouldBe(listsBefore);
    }

    private long BillListCalls() => _buildium.Emulator.Stats.RequestsByEndpoint
        .Where(e => e.Key.StartsWith("GET /v1/bills", StringComparison.Ordinal) && !e.Key.Contains("payments", StringComparison.Ordinal))
        .Sum(e => e.Value);
}
