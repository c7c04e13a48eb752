using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>
/// Issue 17: child reads are resumable after a restart without re-reading what is already done. Each parent whose
/// children are committed is marked against its state then (<c>sync_records.children_read_hash</c>); the next run reads
/// children only under parents not marked, marked against an older state, or changed in that run.
/// </summary>
public sealed partial class ResumableChildReadTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        // One request at a time and a commit every 50 ms, so a run stopped part-way through the payments has committed
        // some bills' payments and not others.
        _buildium = await BuildiumHostFixture.StartAsync(_database.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Buildium:MaxConcurrentRequests"] = "1",
            ["Sync:ChildCommitInterval"] = "00:00:00.050",
        });
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_first_sync_stopped_during_the_payment_reads_is_resumed_under_the_bills_not_yet_done()
    {
        var store = _buildium.Emulator.Store;
        var bills = store.Count("bills");
        _buildium.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Method = "GET", PathPrefix = "/v1/bills/", LatencyMs = 80 });
        using var cut = new CancellationTokenSource();
        var first = _buildium.SyncAsync(cancellationToken: cut.Token);
        while (PaymentReads().Count < bills / 2 && !first.IsCompleted)
        {
            await Task.Delay(5);
        }

        await cut.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => first);
        var done = await BillsMarkedAsync();
        done.Count.ShouldBeGreaterThan(0, "the bills whose payments were committed before the stop are marked");
        done.Count.ShouldBeLessThan(bills, "the run was stopped before the last bill's payments");
        _buildium.Emulator.Faults.Clear();
        _buildium.Emulator.Stats.Reset();

        var second = await _buildium.SyncAsync();

        second.Succeeded.ShouldBeTrue(string.Join("; ", second.Errors));
        var read = PaymentReads();
        read.Count.ShouldBe(bills - done.Count, "one read for each bill not done, none for the bills done");
        read.ShouldNotContain(id => done.Contains(id));
        read.ShouldAllBe(id => read.Count(r => r == id) == 1);
        second.Kinds[SyncEntityTypes.BillPayment].Total.ShouldBe(bills - done.Count, "the progress counts the bills still to read");
        (await BillsMarkedAsync()).Count.ShouldBe(bills, "every bill is marked once its payments are in");
        await ShouldHoldBuildiumsPaymentsAsync();
        await using var db = _database.CreateContext();
        (await db.SyncRecords.CountAsync(r => r.Kind == SyncEntityTypes.Task && r.ChildrenReadHash == r.PayloadHash)).ShouldBe(store.Count("tasks"));
        (await db.SyncRecords.CountAsync(r => r.Kind == SyncEntityTypes.TaskHistory && r.ChildrenReadHash == r.PayloadHash))
            .ShouldBe(store.Count("taskhistory"), "every history entry is done, those listing no file without a call");
        (await db.TaskHistoryFiles.CountAsync()).ShouldBe(store.Count("taskhistoryfiles"));
    }

    [Fact]
    public async Task A_bill_changed_after_a_completed_run_has_its_payments_read_again_and_no_other_bill_does()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        var store = _buildium.Emulator.Store;
        (await BillsMarkedAsync()).Count.ShouldBe(store.Count("bills"));
        var paidBillIds = store.GetIds("billpayments").SelectMany(id => store.Get("billpayments", id)!["PaidBillIds"]!.AsArray().Select(b => b!.GetValue<int>())).ToHashSet();
        var changed = store.GetIds("bills").First(paidBillIds.Contains);
        store.Update("bills", changed, new JsonObject { ["Memo"] = "Corrected in Buildium" });
        _buildium.Emulator.Stats.Reset();

        var report = await _buildium.SyncAsync();

        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Errors));
        PaymentReads().ShouldBe([changed], "the changed bill's payments only");
        await using (var db = _database.CreateContext())
        {
            var record = await db.SyncRecords.AsNoTracking().SingleAsync(r => r.Kind == SyncEntityTypes.Bill && r.BuildiumId == changed);
            record.ChildrenReadHash.ShouldBe(record.PayloadHash, "marked against the bill as it is now");
        }

        await ShouldHoldBuildiumsPaymentsAsync();
        _buildium.Emulator.Stats.Reset();
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        PaymentReads().ShouldBeEmpty("nothing changed since");
    }

    [Fact]
    public async Task A_paused_first_sync_ends_succeeded_and_the_next_run_reads_only_the_bills_left()
    {
        var store = _buildium.Emulator.Store;
        var bills = store.Count("bills");
        _buildium.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Method = "GET", PathPrefix = "/v1/bills/", LatencyMs = 80 });
        using var pause = new CancellationTokenSource();
        var first = RunAsync(new SyncRequest("test"), pause.Token);
        while (PaymentReads().Count < bills / 2 && !first.IsCompleted)
        {
            await Task.Delay(5);
        }

        await pause.CancelAsync();
        var paused = await first;

        paused.Succeeded.ShouldBeTrue(string.Join("; ", paused.Errors));
        paused.Paused.ShouldBeTrue();
        paused.Kinds[SyncEntityTypes.LeaseTransaction].Paused.ShouldBeFalse("the ledgers were read before the pause");
        paused.Kinds[SyncEntityTypes.BillPayment].Note.ShouldNotBeNull().ShouldContain("paused after");
        paused.Kinds[SyncEntityTypes.TaskHistory].Processed.ShouldBe(0, "no task's history is started once paused");
        await using (var db = _database.CreateContext())
        {
            var cursors = await db.SyncCursors.AsNoTracking().Select(c => c.Kind).ToListAsync();
            cursors.ShouldContain(SyncEntityTypes.LeaseTransaction);
            cursors.ShouldNotContain(SyncEntityTypes.BillPayment, "a paused kind keeps its window for the next run");
            cursors.ShouldNotContain(SyncEntityTypes.TaskHistory);
        }

        var done = await BillsMarkedAsync();
        done.Count.ShouldBeGreaterThan(0);
        done.Count.ShouldBeLessThan(bills);
        _buildium.Emulator.Faults.Clear();
        _buildium.Emulator.Stats.Reset();

        var next = await _buildium.SyncAsync();

        next.Succeeded.ShouldBeTrue(string.Join("; ", next.Errors));
        next.Paused.ShouldBeFalse();
        next.Kinds[SyncEntityTypes.BillPayment].Resumed.ShouldBe(bills - done.Count);
        next.Kinds[SyncEntityTypes.BillPayment].Note.ShouldNotBeNull().ShouldContain("carried on under");
        PaymentReads().Count.ShouldBe(bills - done.Count, "one read for each bill not done, none for the bills done");
        PaymentReads().ShouldNotContain(id => done.Contains(id));
        (await BillsMarkedAsync()).Count.ShouldBe(bills);
        await ShouldHoldBuildiumsPaymentsAsync();
        await using var check = _database.CreateContext();
        (await check.TaskHistory.CountAsync()).ShouldBe(store.Count("taskhistory"));
    }

    [Fact]
    public async Task A_first_sync_paused_during_the_ledgers_reads_only_the_ledgers_left_next_time_and_holds_every_entry()
    {
        var leases = _buildium.Emulator.Store.GetIds("leases").Count;
        _buildium.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Method = "GET", PathPrefix = "/v1/leases/", LatencyMs = 60 });
        using var pause = new CancellationTokenSource();
        var first = RunAsync(new SyncRequest("test"), pause.Token);
        while (LedgerReads().Count < leases / 2 && !first.IsCompleted)
        {
            await Task.Delay(5);
        }

        await pause.CancelAsync();
        var paused = await first;

        paused.Succeeded.ShouldBeTrue(string.Join("; ", paused.Errors));
        paused.Kinds[SyncEntityTypes.LeaseTransaction].Paused.ShouldBeTrue();
        var done = await LeasesMarkedAsync();
        done.Count.ShouldBeGreaterThan(0, "the leases whose ledger was committed before the pause are marked");
        done.Count.ShouldBeLessThan(leases);
        _buildium.Emulator.Faults.Clear();
        _buildium.Emulator.Stats.Reset();

        var next = await _buildium.SyncAsync();

        next.Succeeded.ShouldBeTrue(string.Join("; ", next.Errors));
        var read = LedgerReads();
        read.ShouldNotContain(id => done.Contains(id), "a ledger read whole is not read again");
        read.Count.ShouldBe(leases - done.Count);
        (await LeasesMarkedAsync()).Count.ShouldBe(leases);
        var expected = 0;
        foreach (var leaseId in _buildium.Emulator.Store.GetIds("leases"))
        {
            await foreach (var entry in _buildium.Client.LeaseTransactions.ListAsync(leaseId, new PropertyManager.Buildium.LeaseLedger.LeaseTransactionListFilter()))
            {
                expected++;
            }
        }

        await using var db = _database.CreateContext();
        (await db.LeaseTransactions.CountAsync(t => t.BuildiumTransactionId != null)).ShouldBe(expected);
    }

    [Fact]
    public async Task A_push_asked_for_during_a_long_first_sync_reaches_Buildium_before_the_child_reads_end_and_they_resume_after()
    {
        var store = _buildium.Emulator.Store;
        var bills = store.Count("bills");
        _buildium.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Method = "GET", PathPrefix = "/v1/bills/", LatencyMs = 150 });
        await using var app = await BuildiumHostFixture.StartAsync(_database.ConnectionString, workerInterval: TimeSpan.FromHours(1), sharedEmulator: _buildium.Emulator,
            settings: new Dictionary<string, string?> { ["Buildium:MaxConcurrentRequests"] = "1", ["Sync:ChildCommitInterval"] = "00:00:00.050" });
        await WaitUntilAsync(() => Task.FromResult(PaymentReads().Count >= 3), "the first sync reading payments");
        var vendorId = store.GetIds("vendors")[0];
        await using (var db = _database.CreateContext())
        {
            var vendor = await db.Vendors.SingleAsync(v => v.BuildiumVendorId == vendorId);
            vendor.Notes = "Edited during the first sync";
            await db.SaveChangesAsync();
        }

        await app.Host.Services.GetRequiredService<SyncTrigger>().RequestAsync(new SyncRequest("retry", PushOnly: true));
        await WaitUntilAsync(() => Task.FromResult(store.Get("vendors", vendorId)!["Comments"]?.GetValue<string>() == "Edited during the first sync"), "the push");

        PaymentReads().Distinct().Count().ShouldBeLessThan(bills, "the push went out while payments were still to read");
        await WaitUntilAsync(async () => (await BillsMarkedAsync()).Count == bills, "the payments resumed after the push");
        await using (var db = _database.CreateContext())
        {
            var runs = await db.SyncRuns.AsNoTracking().OrderBy(r => r.StartedAt).ToListAsync();
            runs.Select(r => r.Trigger).Take(3).ShouldBe(["schedule", "retry", "resume"]);
            runs[0].Status.ShouldBe("succeeded");
            runs[0].Counts!.RootElement.GetProperty(SyncEntityTypes.BillPayment).GetProperty("Paused").GetBoolean().ShouldBeTrue();
        }

        PaymentReads().ShouldAllBe(id => PaymentReads().Count(r => r == id) == 1, "no bill's payments were read twice");
        await ShouldHoldBuildiumsPaymentsAsync();
    }

    private async Task<SyncRunReport> RunAsync(SyncRequest request, CancellationToken pause)
    {
        await using var scope = _buildium.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(request, null, pause, CancellationToken.None);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited two minutes for {what}.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The bills whose payments each GET since the stats were reset read, one entry per read.</summary>
    private List<int> PaymentReads() => ReadsUnder(PaymentsCall());

    /// <summary>The leases whose ledger each GET since the stats were reset read, one entry per read.</summary>
    private List<int> LedgerReads() => ReadsUnder(LedgerCall());

    private List<int> ReadsUnder(Regex call) =>
        [.. _buildium.Emulator.Stats.RequestsByEndpoint
            .Select(c => (Match: call.Match(c.Key), c.Value))
            .Where(c => c.Match.Success)
            .SelectMany(c => Enumerable.Repeat(int.Parse(c.Match.Groups[1].Value, CultureInfo.InvariantCulture), (int)c.Value))];

    private Task<HashSet<int>> BillsMarkedAsync() => MarkedAsync(SyncEntityTypes.Bill);

    private Task<HashSet<int>> LeasesMarkedAsync() => MarkedAsync(SyncEntityTypes.Lease);

    /// <summary>The records of a parent kind whose children are marked read against their current state.</summary>
    private async Task<HashSet<int>> MarkedAsync(string kind)
    {
        await using var db = _database.CreateContext();
        return (await db.SyncRecords.AsNoTracking()
            .Where(r => r.Kind == kind && r.ChildrenReadHash == r.PayloadHash)
            .Select(r => r.BuildiumId)
            .ToListAsync()).ToHashSet();
    }

    /// <summary>Every bill's payments held locally are the ones Buildium lists for it, with their amounts.</summary>
    private async Task ShouldHoldBuildiumsPaymentsAsync()
    {
        var expected = new List<(int Bill, int Payment, decimal Amount)>();
        foreach (var billId in _buildium.Emulator.Store.GetIds("bills"))
        {
            var bill = await _buildium.Client.Bills.GetAsync(billId);
            await foreach (var payment in _buildium.Client.Bills.ListPaymentsAsync(billId))
            {
                expected.Add((billId, payment.Id, PropertyManager.Sync.Payables.BillPaymentMapper.AmountFor(payment, bill)));
            }
        }

        expected.ShouldNotBeEmpty("the demo seed has paid bills");
        await using var db = _database.CreateContext();
        var local = (await db.BillPayments.AsNoTracking()
            .Select(p => new { Bill = p.Bill!.BuildiumBillId!.Value, Payment = p.BuildiumPaymentId!.Value, Amount = p.Amount!.Value })
            .ToListAsync()).Select(p => (p.Bill, p.Payment, p.Amount));
        local.OrderBy(p => p.Bill).ThenBy(p => p.Payment).ShouldBe(expected.OrderBy(p => p.Bill).ThenBy(p => p.Payment));
    }

    [GeneratedRegex(@"^GET /v1/bills/(\d+)/payments$")]
    private static partial Regex PaymentsCall();

    [GeneratedRegex(@"^GET /v1/leases/(\d+)/transactions$")]
    private static partial Regex LedgerCall();
}
