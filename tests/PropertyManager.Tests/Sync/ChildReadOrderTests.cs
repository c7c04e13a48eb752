using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Tasks;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>
/// Issue 17: a large account's child reads take most of an hour at Buildium's rate, so the records people act on get
/// theirs first: unpaid bills' payments before paid ones', open tasks' history before closed ones'.
/// </summary>
public sealed partial class ChildReadOrderTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        // One request at a time, so the order the calls are logged in is the order they were made.
        _buildium = await BuildiumHostFixture.StartAsync(
            _database.ConnectionString, settings: new Dictionary<string, string?> { ["Buildium:MaxConcurrentRequests"] = "1" });
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_first_sync_reads_unpaid_bills_payments_and_open_tasks_history_before_the_closed_ones()
    {
        var requestsBefore = _buildium.Emulator.Stats.TotalRequests;
        (await _buildium.SyncAsync(new SyncRequest("test"))).Succeeded.ShouldBeTrue();
        var requests = _buildium.Emulator.Stats.TotalRequests - requestsBefore;

        await using var db = _database.CreateContext();
        for (var wait = 0; wait < 100 && await db.ApiLog.CountAsync() < requests; wait++)
        {
            await Task.Delay(100);
        }

        var calls = await db.ApiLog.AsNoTracking().Where(c => c.Method == "GET").OrderBy(c => c.CreatedAt).Select(c => c.Endpoint!).ToListAsync();
        var paid = (await db.Bills.Where(b => b.Status == BillStatuses.Paid).Select(b => b.BuildiumBillId!.Value).ToListAsync()).ToHashSet();
        var closed = (await db.Tasks.Where(t => t.Status == TaskStatuses.Completed || t.Status == TaskStatuses.Closed)
            .Select(t => t.BuildiumTaskId!.Value).ToListAsync()).ToHashSet();

        ShouldComeOpenFirst(calls, BillPayments(), paid, "bills' payments");
        ShouldComeOpenFirst(calls, TaskHistory(), closed, "tasks' history");
    }

    private static void ShouldComeOpenFirst(List<string> calls, Regex parentCall, HashSet<int> closedParents, string what)
    {
        var order = calls.Select(c => parentCall.Match(c)).Where(m => m.Success).Select(m => closedParents.Contains(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        order.ShouldContain(false, $"the demo seed has open parents for {what}");
        order.ShouldContain(true, $"the demo seed has closed parents for {what}");
        order.ShouldBe([.. order.Order()], $"{what}: every open parent's read comes before any closed one's");
    }

    [GeneratedRegex(@"/v1/bills/(\d+)/payments")]
    private static partial Regex BillPayments();

    [GeneratedRegex(@"/v1/tasks/(\d+)/history(?:\?|$)")]
    private static partial Regex TaskHistory();
}
