using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>The bills whose payments each GET since the stats were reset read, one entry per read.</summary>
    private List<int> PaymentReads() =>
        [.. _buildium.Emulator.Stats.RequestsByEndpoint
            .Select(c => (Match: PaymentsCall().Match(c.Key), c.Value))
            .Where(c => c.Match.Success)
            .SelectMany(c => Enumerable.Repeat(int.Parse(c.Match.Groups[1].Value, CultureInfo.InvariantCulture), (int)c.Value))];

    private async Task<HashSet<int>> BillsMarkedAsync()
    {
        await using var db = _database.CreateContext();
        return (await db.SyncRecords.AsNoTracking()
            .Where(r => r.Kind == SyncEntityTypes.Bill && r.ChildrenReadHash == r.PayloadHash)
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
}
