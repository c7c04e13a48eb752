using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Bills;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>
/// Issue 12 point 4: with webhooks off, every change made in Buildium arrives within one incremental run, read through
/// the general ledger's changed-since filter instead of re-reading every bill's payments and every task's history.
/// </summary>
public sealed class ChangeDetectionTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        // Pages of five make the demo's twenty bills a multi-page scan that is not due for an hour, as thirty thousand
        // are on a large portfolio: the run must find the changes without listing bills.
        _buildium = await BuildiumHostFixture.StartAsync(_database.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Buildium:PageSize"] = "5",
            ["Sync:FullScanInterval"] = "01:00:00",
        });
        _buildium.Emulator.Options.Webhooks.Url.ShouldBeNull("webhooks are off: nothing but polling brings changes");
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_partial_payment_a_new_task_history_entry_and_a_changed_bill_arrive_in_one_incremental_run_for_few_calls()
    {
        var store = _buildium.Emulator.Store;
        var bills = store.GetIds("bills").Select(id => store.Get("bills", id)!).ToList();
        var paidBillIds = store.GetIds("billpayments").SelectMany(id => store.Get("billpayments", id)!["PaidBillIds"]!.AsArray().Select(b => b!.GetValue<int>())).ToHashSet();
        var paidBill = bills.First(b => b["PaidDate"] is null && !paidBillIds.Contains(Id(b)));
        var vendorId = paidBill["VendorId"]!.GetValue<int>();
        var changedBill = bills.First(b => b["VendorId"]!.GetValue<int>() != vendorId);
        var taskId = store.GetIds("tasks").First(id => store.Get("tasks", id)!["TaskType"]!.GetValue<string>() == "Todo");

        // As a user in Buildium would: pay part of a bill (the bill's record does not change), add an update to a
        // to-do (a history entry), and edit another bill.
        var line = paidBill["Lines"]![0]!;
        var part = Math.Round(line["Amount"]!.GetValue<decimal>() / 2, 2);
        var payment = await _buildium.Client.Bills.CreatePaymentAsync(Id(paidBill), new BillPaymentPostMessage
        {
            BankAccountId = store.GetIds("bankaccounts")[0],
            EntryDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-20),
            Lines = [new BillPaymentLinePostMessage { BillLineId = Id(line), Amount = part }],
        });
        store.Get("bills", Id(paidBill))!["PaidDate"].ShouldBeNull("a partial payment leaves the bill unpaid");
        await _buildium.Client.Tasks.UpdateToDoAsync(taskId, put => put.Message = "Plumber booked for Tuesday");
        store.Update("bills", Id(changedBill), new JsonObject { ["Memo"] = "Corrected in Buildium" });
        var historyId = store.GetIds("taskhistory").Max();
        _buildium.Emulator.Stats.Reset();

        var report = await _buildium.SyncAsync();

        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Errors));
        await using (var db = _database.CreateContext())
        {
            var local = await db.Bills.AsNoTracking().Include(b => b.Payments).SingleAsync(b => b.BuildiumBillId == Id(paidBill));
            var pulled = local.Payments.ShouldHaveSingleItem();
            pulled.BuildiumPaymentId.ShouldBe(payment.Id);
            pulled.Amount.ShouldBe(part);
            local.Status.ShouldBe(BillStatuses.PartiallyPaid);
            (local.Amount - local.Payments.Sum(p => p.Amount)).ShouldBe(local.Amount - part, "the balance is what is left to pay");
            var entry = await db.TaskHistory.AsNoTracking().Include(h => h.Task).SingleAsync(h => h.BuildiumHistoryId == historyId);
            entry.Notes.ShouldBe("Plumber booked for Tuesday");
            entry.Task!.BuildiumTaskId.ShouldBe(taskId);
            (await db.Bills.AsNoTracking().SingleAsync(b => b.BuildiumBillId == Id(changedBill))).Description.ShouldBe("Corrected in Buildium");
        }

        // The cost: no page of bills, one ledger read shared by bills and payments, one GET for the changed bill,
        // payments only of the changed bill and of the paid vendor's open bills, history only of the changed task.
        var calls = _buildium.Emulator.Stats.RequestsByEndpoint;
        calls.GetValueOrDefault("GET /v1/bills").ShouldBe(0);
        calls.GetValueOrDefault("GET /v1/generalledger/transactions").ShouldBe(1);
        calls.GetValueOrDefault($"GET /v1/bills/{Id(changedBill)}").ShouldBe(1);
        var openOfVendor = bills.Where(b => b["VendorId"]!.GetValue<int>() == vendorId && b["PaidDate"] is null).Select(Id).ToHashSet();
        var paymentReads = calls.Where(c => c.Key.StartsWith("GET /v1/bills/", StringComparison.Ordinal) && c.Key.EndsWith("/payments", StringComparison.Ordinal))
            .Select(c => int.Parse(c.Key.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        paymentReads.ShouldContain(Id(paidBill));
        paymentReads.ShouldBeSubsetOf(openOfVendor.Append(Id(changedBill)));
        paymentReads.Count.ShouldBeLessThan(bills.Count, "not every bill's payments");
        calls.Where(c => c.Key.EndsWith("/history", StringComparison.Ordinal)).Select(c => c.Key).ShouldBe([$"GET /v1/tasks/{taskId}/history"]);
        report.ApiCalls.ShouldBeLessThan(store.Count("bills") + store.Count("tasks"), "far below re-reading every bill's payments and every task's history");
        report.Kinds[SyncEntityTypes.Bill].Skipped.ShouldBeNull();
    }

    [Fact]
    public async Task A_payment_that_settles_a_bill_marks_it_paid()
    {
        var store = _buildium.Emulator.Store;
        var paidBillIds = store.GetIds("billpayments").SelectMany(id => store.Get("billpayments", id)!["PaidBillIds"]!.AsArray().Select(b => b!.GetValue<int>())).ToHashSet();
        var bill = store.GetIds("bills").Select(id => store.Get("bills", id)!).First(b => b["PaidDate"] is null && !paidBillIds.Contains(Id(b)));
        await _buildium.Client.Bills.CreatePaymentAsync(Id(bill), new BillPaymentPostMessage
        {
            BankAccountId = store.GetIds("bankaccounts")[0],
            EntryDate = DateOnly.FromDateTime(DateTime.UtcNow),
            Lines = [.. bill["Lines"]!.AsArray().Select(l => new BillPaymentLinePostMessage { BillLineId = Id(l!), Amount = l!["Amount"]!.GetValue<decimal>() })],
        });

        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();

        await using var db = _database.CreateContext();
        var local = await db.Bills.AsNoTracking().Include(b => b.Payments).SingleAsync(b => b.BuildiumBillId == Id(bill));
        local.Status.ShouldBe(BillStatuses.Paid);
        local.Payments.Sum(p => p.Amount).ShouldBe(local.Amount);
    }

    [Fact]
    public async Task A_full_resync_reads_children_only_where_Buildium_changed_something_unless_asked_for_all()
    {
        var store = _buildium.Emulator.Store;
        var paidBillIds = store.GetIds("billpayments").SelectMany(id => store.Get("billpayments", id)!["PaidBillIds"]!.AsArray().Select(b => b!.GetValue<int>())).ToHashSet();
        var bill = store.GetIds("bills").Select(id => store.Get("bills", id)!).First(b => b["PaidDate"] is null && !paidBillIds.Contains(Id(b)));
        var line = bill["Lines"]![0]!;
        var part = Math.Round(line["Amount"]!.GetValue<decimal>() / 3, 2);
        await _buildium.Client.Bills.CreatePaymentAsync(Id(bill), new BillPaymentPostMessage
        {
            BankAccountId = store.GetIds("bankaccounts")[0],
            EntryDate = DateOnly.FromDateTime(DateTime.UtcNow),
            Lines = [new BillPaymentLinePostMessage { BillLineId = Id(line), Amount = part }],
        });
        var taskId = store.GetIds("tasks").First(id => store.Get("tasks", id)!["TaskType"]!.GetValue<string>() == "Todo");
        await _buildium.Client.Tasks.UpdateToDoAsync(taskId, put => put.Message = "Found by the full re-sync");
        _buildium.Emulator.Stats.Reset();

        var full = await _buildium.SyncAsync(new PropertyManager.Sync.Runs.SyncRequest("test", Full: true));

        full.Succeeded.ShouldBeTrue(string.Join("; ", full.Errors));
        long Reads(string suffix) => _buildium.Emulator.Stats.RequestsByEndpoint.Where(c => c.Key.StartsWith("GET /v1/", StringComparison.Ordinal) && c.Key.EndsWith(suffix, StringComparison.Ordinal)).Sum(c => c.Value);
        Reads("/payments").ShouldBeLessThan(store.Count("bills") / 2, "payments only of the paid vendor's open bills, found through the ledger");
        Reads("/history").ShouldBe(1, "history only of the changed task");
        full.Kinds[SyncEntityTypes.TaskHistory].Note.ShouldNotBeNull().ShouldContain("--children");
        await using (var db = _database.CreateContext())
        {
            (await db.BillPayments.AsNoTracking().CountAsync(p => p.Bill!.BuildiumBillId == Id(bill))).ShouldBe(1);
            (await db.TaskHistory.AsNoTracking().AnyAsync(h => h.Notes == "Found by the full re-sync")).ShouldBeTrue();
        }

        _buildium.Emulator.Stats.Reset();
        var all = await _buildium.SyncAsync(new PropertyManager.Sync.Runs.SyncRequest("test", Full: true, Children: true));

        all.Succeeded.ShouldBeTrue(string.Join("; ", all.Errors));
        Reads("/payments").ShouldBe(store.Count("bills"), "every bill's payments");
        Reads("/history").ShouldBe(store.Count("tasks"), "every task's history");
        all.Kinds[SyncEntityTypes.TaskHistory].Note.ShouldBeNull();
    }

    private static int Id(JsonNode node) => node["Id"]!.GetValue<int>();
}
