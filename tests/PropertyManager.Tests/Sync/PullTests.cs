using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Bills;
using PropertyManager.Data.SyncState;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>Buildium to local, against the emulator over loopback and a real database per test.</summary>
public sealed class PullTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _buildium = await BuildiumHostFixture.StartAsync(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_first_sync_pulls_every_kind_so_both_sides_hold_the_same_records()
    {
        var report = await _buildium.SyncAsync();

        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Errors));
        var store = _buildium.Emulator.Store;
        await using var db = _database.CreateContext();
        (await db.Properties.CountAsync(p => p.BuildiumPropertyId != null)).ShouldBe(store.Count("rentals"));
        (await db.Units.CountAsync()).ShouldBe(store.Count("units"));
        (await db.Owners.CountAsync()).ShouldBe(store.Count("owners"));
        (await db.Leases.CountAsync()).ShouldBe(store.Count("leases"));
        (await db.BankAccounts.CountAsync()).ShouldBe(store.Count("bankaccounts"));
        (await db.GlAccounts.CountAsync()).ShouldBe(store.Count("glaccounts"));
        (await db.Vendors.CountAsync()).ShouldBe(store.Count("vendors"));
        (await db.VendorCategories.CountAsync()).ShouldBe(store.Count("vendorcategories"));
        (await db.Bills.CountAsync()).ShouldBe(store.Count("bills"));
        (await db.BillPayments.CountAsync()).ShouldBe(store.Count("billpayments"));
        (await db.Tasks.CountAsync()).ShouldBe(store.Count("tasks"));
        (await db.TaskCategories.CountAsync()).ShouldBe(store.Count("taskcategories"));
        (await db.TaskHistory.CountAsync()).ShouldBe(store.Count("taskhistory"));
        (await db.TaskHistoryFiles.CountAsync()).ShouldBe(store.Count("taskhistoryfiles"));
        (await db.WorkOrders.CountAsync()).ShouldBe(store.Count("workorders"));

        // Relationships resolved to local ids, ownership rows built from the owners' PropertyIds, caches filled.
        (await db.Units.CountAsync(u => u.PropertyId == null)).ShouldBe(0);
        (await db.Leases.CountAsync(l => l.UnitId == null)).ShouldBe(0);
        (await db.BillPayments.CountAsync(p => p.BillId == null)).ShouldBe(0);
        (await db.TaskHistory.CountAsync(h => h.TaskId == null)).ShouldBe(0);
        var placedWorkOrders = store.GetIds("workorders").Count(id =>
        {
            var task = store.Get("tasks", store.Get("workorders", id)!["Task"]!["Id"]!.GetValue<int>());
            return task?["Property"] is JsonObject || task?["UnitId"]?.GetValue<int?>() is > 0;
        });
        (await db.WorkOrders.CountAsync(w => w.PropertyId != null)).ShouldBe(placedWorkOrders, "work orders take their property from the unit or task");
        (await db.Units.CountAsync(u => u.IsActive != true)).ShouldBe(0);
        var links = store.GetIds("owners").Sum(id => store.Get("owners", id)!["PropertyIds"]!.AsArray().Count);
        (await db.Ownerships.CountAsync()).ShouldBe(links);
        (await db.OwnersListCache.CountAsync()).ShouldBe(store.Count("owners"));
        (await db.PropertyOwnershipsCache.CountAsync()).ShouldBe(links);

        var run = await db.SyncRuns.AsNoTracking().SingleAsync(r => r.Id == report.RunId);
        run.Status.ShouldBe("succeeded");
        run.ApiCalls.ShouldBeGreaterThan(0);
        run.FinishedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task An_incremental_run_over_unchanged_data_writes_nothing_and_reads_no_children()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        var lastWrite = await LastWriteAsync();

        var second = await _buildium.SyncAsync();

        second.Succeeded.ShouldBeTrue();
        second.Kinds.Values.Sum(k => k.Created + k.Updated + k.Deactivated).ShouldBe(0);
        second.Kinds["bill_payment"].Read.ShouldBe(0, "payments are read only for bills that changed");
        second.Kinds["task_history"].Read.ShouldBe(0, "history is read only for tasks that changed");
        (await LastWriteAsync()).ShouldBe(lastWrite);
    }

    [Fact]
    public async Task A_change_made_in_Buildium_is_pulled_by_the_next_incremental_run()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        var store = _buildium.Emulator.Store;
        var rentalId = store.GetIds("rentals")[0];
        var billId = store.GetIds("bills")[0];
        store.Update("rentals", rentalId, new JsonObject { ["Name"] = "Renamed in Buildium" });
        store.Update("bills", billId, new JsonObject { ["Memo"] = "Memo changed in Buildium" });

        var report = await _buildium.SyncAsync();

        report.Kinds["property"].Updated.ShouldBe(1);
        report.Kinds["bill"].Updated.ShouldBe(1);
        await using var db = _database.CreateContext();
        (await db.Properties.SingleAsync(p => p.BuildiumPropertyId == rentalId)).Name.ShouldBe("Renamed in Buildium");
        (await db.Bills.SingleAsync(b => b.BuildiumBillId == billId)).Description.ShouldBe("Memo changed in Buildium");
    }

    [Fact]
    public async Task A_work_order_takes_its_units_property_and_follows_the_unit_when_Buildium_moves_it()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        await using (var db = _database.CreateContext())
        {
            var misplaced = await db.WorkOrders.CountAsync(w => w.UnitId != null && w.PropertyId != db.Units.Where(u => u.Id == w.UnitId).Select(u => u.PropertyId).Single());
            misplaced.ShouldBe(0, "a new work order is inserted with its unit's property");
        }

        // Buildium's work order shows its task's unit: the task moves, and the work order is edited so it is listed again.
        var store = _buildium.Emulator.Store;
        var workOrderId = store.GetIds("workorders").First(id => store.Get("workorders", id)!["Task"]?["UnitId"] is not null);
        var taskId = (int)store.Get("workorders", workOrderId)!["Task"]!["Id"]!;
        var currentProperty = (int)store.Get("units", (int)store.Get("tasks", taskId)!["UnitId"]!)!["PropertyId"]!;
        var otherUnit = store.GetIds("units").First(id => (int)store.Get("units", id)!["PropertyId"]! != currentProperty);
        var property = store.Get("tasks", taskId)!["Property"]!.DeepClone().AsObject();
        property["Id"] = (int)store.Get("units", otherUnit)!["PropertyId"]!;
        store.Update("tasks", taskId, new JsonObject { ["UnitId"] = otherUnit, ["Property"] = property });
        store.Update("workorders", workOrderId, new JsonObject { ["Title"] = "Moved with its task" });

        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();

        await using var check = _database.CreateContext();
        var moved = await check.WorkOrders.SingleAsync(w => w.BuildiumWorkOrderId == workOrderId);
        var unit = await check.Units.SingleAsync(u => u.BuildiumUnitId == otherUnit);
        moved.UnitId.ShouldBe(unit.Id);
        moved.PropertyId.ShouldBe(unit.PropertyId, "an existing work order's property follows its unit");
    }

    [Fact]
    public async Task A_partly_paid_bill_stays_partly_paid_when_it_is_pulled_again()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        var store = _buildium.Emulator.Store;
        Guid localId;
        int billId;
        await using (var db = _database.CreateContext())
        {
            // Buildium's bill message has no paid amount: the status must come from the payments known locally.
            var bill = await db.Bills.Include(b => b.Payments)
                .FirstAsync(b => b.Status == BillStatuses.Unpaid && b.Amount > 1 && b.Payments.Count == 0);
            localId = bill.Id;
            billId = bill.BuildiumBillId!.Value;
            db.BillPayments.Add(new BillPayment { BillId = bill.Id, Amount = Math.Round(bill.Amount!.Value / 2, 2), Date = bill.Date });
            await db.SaveChangesAsync();
        }

        store.Update("bills", billId, new JsonObject { ["Memo"] = "Changed so the bill is pulled again" });
        await _buildium.SyncAsync();

        await using var check = _database.CreateContext();
        var pulled = await check.Bills.SingleAsync(b => b.Id == localId);
        pulled.Description.ShouldBe("Changed so the bill is pulled again");
        pulled.Status.ShouldBe(BillStatuses.PartiallyPaid);
    }

    [Fact]
    public async Task A_record_deleted_in_Buildium_is_marked_inactive_never_hard_deleted()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        var store = _buildium.Emulator.Store;
        var categoryId = store.GetIds("vendorcategories")[^1];
        var vendorId = store.GetIds("vendors")[^1];
        store.Delete("vendorcategories", categoryId).ShouldBeTrue();
        store.Delete("vendors", vendorId).ShouldBeTrue();

        var incremental = await _buildium.SyncAsync();
        incremental.Kinds["vendor_category"].Deactivated.ShouldBe(1, "vendor categories are full scans every run");
        var full = await _buildium.SyncAsync(new SyncRequest("test", Full: true));
        full.Kinds["vendor"].Deactivated.ShouldBe(1, "a full scan finds the vendor gone");

        await using var db = _database.CreateContext();
        (await db.VendorCategories.SingleAsync(c => c.BuildiumCategoryId == categoryId)).IsActive.ShouldBe(false);
        (await db.Vendors.SingleAsync(v => v.BuildiumVendorId == vendorId)).IsActive.ShouldBe(false);
        (await db.SyncRecords.SingleAsync(r => r.Kind == "vendor" && r.BuildiumId == vendorId)).DeletedInBuildiumAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task One_record_can_be_resynced_by_kind_and_id()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        var store = _buildium.Emulator.Store;
        var unitId = store.GetIds("units")[3];
        store.Update("units", unitId, new JsonObject { ["Description"] = "Freshly painted" });
        var before = _buildium.Emulator.Stats.TotalRequests;

        var report = await _buildium.SyncAsync(new SyncRequest("test", Kind: "unit", BuildiumId: unitId));

        report.Kinds["unit"].Updated.ShouldBe(1);
        (_buildium.Emulator.Stats.TotalRequests - before).ShouldBe(1, "one GET for one record");
        await using var db = _database.CreateContext();
        (await db.Units.SingleAsync(u => u.BuildiumUnitId == unitId)).Description.ShouldBe("Freshly painted");
    }

    [Fact]
    public async Task Two_runs_at_once_sync_once_the_other_is_skipped()
    {
        var reports = await Task.WhenAll(_buildium.SyncAsync(), _buildium.SyncAsync());

        reports.Count(r => r.Skipped).ShouldBe(1);
        reports.Single(r => !r.Skipped).Succeeded.ShouldBeTrue();
        await using var db = _database.CreateContext();
        (await db.SyncRuns.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_run_cut_off_part_way_is_completed_by_the_next_without_loss_or_duplicates()
    {
        using var cut = new CancellationTokenSource();
        var report = _buildium.SyncAsync(cancellationToken: cut.Token);
        // Let it get into the first kinds, then kill it, as a crash would.
        while (_buildium.Emulator.Stats.TotalRequests < 8)
        {
            await Task.Delay(5);
        }

        await cut.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => report);
        await using (var after = _database.CreateContext())
        {
            var stopped = await after.SyncRuns.AsNoTracking().SingleAsync();
            stopped.Status.ShouldBe(SyncRunStatus.Interrupted, "a cancelled run says so instead of staying running");
            stopped.FinishedAt.ShouldNotBeNull();

            // As a process killed mid-run leaves it: the next run, holding the lock, knows it is dead.
            stopped.Status = SyncRunStatus.Running;
            stopped.FinishedAt = null;
            after.SyncRuns.Update(stopped);
            await after.SaveChangesAsync();
        }

        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();

        var store = _buildium.Emulator.Store;
        await using var db = _database.CreateContext();
        (await db.SyncRuns.Select(r => r.Status).OrderBy(s => s).ToListAsync()).ShouldBe([SyncRunStatus.Interrupted, SyncRunStatus.Succeeded]);
        (await db.Units.CountAsync()).ShouldBe(store.Count("units"));
        (await db.TaskHistory.CountAsync()).ShouldBe(store.Count("taskhistory"));
        (await db.BillPayments.CountAsync()).ShouldBe(store.Count("billpayments"));
    }

    private async Task<DateTimeOffset?> LastWriteAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Database.SqlQueryRaw<DateTimeOffset?>("""
            SELECT max(t) AS "Value" FROM (
                SELECT max(updated_at) AS t FROM properties UNION ALL SELECT max(updated_at) FROM units
                UNION ALL SELECT max(updated_at) FROM bills UNION ALL SELECT max(updated_at) FROM tasks
                UNION ALL SELECT max(updated_at) FROM owners UNION ALL SELECT max(updated_at) FROM ownership
                UNION ALL SELECT max(updated_at) FROM owners_list_cache) x
            """).SingleAsync();
    }
}
