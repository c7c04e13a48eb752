using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Tasks;
using PropertyManager.Web.Charts;

namespace PropertyManager.Web.Pages;

/// <summary>
/// The dashboard: occupancy, leases ending soon, open work by priority, unpaid and overdue bills, and how the sync
/// stands. Every figure is an aggregate computed by PostgreSQL (a dozen small queries whatever the portfolio size).
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public static IReadOnlyList<int> LeaseHorizons { get; } = [30, 60, 90];

    public int ActiveUnits { get; private set; }
    public int OccupiedUnits { get; private set; }
    public decimal? OccupancyPercent => ActiveUnits == 0 ? null : Math.Round(100m * OccupiedUnits / ActiveUnits, 1);
    public IReadOnlyList<int> LeasesEnding { get; private set; } = [];
    public IReadOnlyDictionary<string, int> OpenTasks { get; private set; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> OpenWorkOrders { get; private set; } = new Dictionary<string, int>();
    public BillFigures Bills { get; private set; } = new(0, 0, 0, 0);
    public SyncHealth Sync { get; private set; } = new(null, 0, 0, 0);

    public BarChart LeaseChart => new("Active leases ending", [.. LeaseHorizons.Select((days, i) =>
        new BarChart.Bar($"≤ {days} days", LeasesEnding.ElementAtOrDefault(i), $"/Leases?ending={days}", days == 30 ? "danger" : days == 60 ? "warning" : "primary"))]);

    public BarChart TaskChart => new("Open tasks and work orders by priority", [.. TaskPriorities.All.Reverse().SelectMany(p => new[]
    {
        new BarChart.Bar($"{p} tasks", OpenTasks.GetValueOrDefault(p), $"/Tasks?priority={p}&status=open", Tone(p)),
        new BarChart.Bar($"{p} work orders", OpenWorkOrders.GetValueOrDefault(p), $"/WorkOrders?priority={p}&status=open", Tone(p)),
    })]);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var start = today.ToDateTime(TimeOnly.MinValue);

        // Sequential on purpose: one DbContext does not run queries in parallel.
        var units = db.Units.AsNoTracking().Where(u => u.IsActive != false);
        ActiveUnits = await units.CountAsync(cancellationToken);
        OccupiedUnits = await units.CountAsync(u => u.Leases.Any(l => l.Status == LeaseStatuses.Active), cancellationToken);

        var d30 = start.AddDays(31);
        var d60 = start.AddDays(61);
        var d90 = start.AddDays(91);
        var ending = await db.Leases.AsNoTracking()
            .Where(l => l.Status == LeaseStatuses.Active && l.EndDate >= start && l.EndDate < d90)
            .GroupBy(_ => 1)
            .Select(g => new { In30 = g.Count(l => l.EndDate < d30), In60 = g.Count(l => l.EndDate < d60), In90 = g.Count() })
            .FirstOrDefaultAsync(cancellationToken);
        LeasesEnding = [ending?.In30 ?? 0, ending?.In60 ?? 0, ending?.In90 ?? 0];

        OpenTasks = await db.Tasks.AsNoTracking().Where(t => TaskStatuses.Open.Contains(t.Status!))
            .GroupBy(t => t.Priority ?? TaskPriorities.Normal).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        OpenWorkOrders = await db.WorkOrders.AsNoTracking().Where(w => TaskStatuses.Open.Contains(w.Status!))
            .GroupBy(w => w.Priority ?? TaskPriorities.Normal).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var bills = await db.Bills.AsNoTracking().Where(b => b.Status != BillStatuses.Paid)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Unpaid = g.Count(b => b.Status == BillStatuses.Unpaid),
                UnpaidTotal = g.Sum(b => b.Status == BillStatuses.Unpaid ? b.Amount ?? 0 : 0),
                Overdue = g.Count(b => b.DueDate < today),
                OverdueTotal = g.Sum(b => b.DueDate < today ? b.Amount ?? 0 : 0),
            })
            .FirstOrDefaultAsync(cancellationToken);

        // What is still owed is the balance: a partly paid bill counts for its amount less what was paid on it.
        var openPayments = db.BillPayments.AsNoTracking();
        var paidOnUnpaid = await openPayments
            .Where(p => db.Bills.Any(b => b.Id == p.BillId && b.Status == BillStatuses.Unpaid))
            .SumAsync(p => p.Amount ?? 0, cancellationToken);
        var paidOnOverdue = await openPayments
            .Where(p => db.Bills.Any(b => b.Id == p.BillId && b.Status != BillStatuses.Paid && b.DueDate < today))
            .SumAsync(p => p.Amount ?? 0, cancellationToken);
        Bills = new BillFigures(
            bills?.Unpaid ?? 0, (bills?.UnpaidTotal ?? 0) - paidOnUnpaid, bills?.Overdue ?? 0, (bills?.OverdueTotal ?? 0) - paidOnOverdue);

        var lastRun = await db.SyncRuns.AsNoTracking().OrderByDescending(r => r.StartedAt)
            .Select(r => new LastRun(r.Id, r.Trigger, r.Mode, r.Status, r.StartedAt, r.FinishedAt))
            .FirstOrDefaultAsync(cancellationToken);
        var outbox = await db.SyncStatuses.AsNoTracking()
            .Where(s => s.SyncStatus == SyncStates.Pending || s.SyncStatus == SyncStates.Failed)
            .GroupBy(s => s.SyncStatus!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var backlog = await db.WebhookEvents.AsNoTracking().CountAsync(e => e.Processed != true, cancellationToken);
        Sync = new SyncHealth(lastRun, outbox.GetValueOrDefault(SyncStates.Pending), outbox.GetValueOrDefault(SyncStates.Failed), backlog);
    }

    private static string Tone(string priority) => priority switch
    {
        TaskPriorities.High => "danger",
        TaskPriorities.Normal => "warning",
        _ => "secondary",
    };

    public sealed record BillFigures(int Unpaid, decimal UnpaidTotal, int Overdue, decimal OverdueTotal);

    public sealed record LastRun(Guid Id, string Trigger, string Mode, string Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt);

    public sealed record SyncHealth(LastRun? LastRun, int Pending, int Failed, int WebhookBacklog);
}
