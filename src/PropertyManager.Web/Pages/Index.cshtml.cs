using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Tasks;
using PropertyManager.Web.Charts;
using PropertyManager.Web.Display;

namespace PropertyManager.Web.Pages;

/// <summary>
/// The morning dashboard: what needs doing today. Overdue payables by balance, vacant units and how long they have
/// been empty, leases ending within 30/60/90 days and month-to-month, open maintenance by age and priority, and how
/// the sync stands; every figure links to the filtered list that explains it. Every figure is an aggregate or a
/// short top-five computed by PostgreSQL (a few small queries whatever the portfolio size).
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public static IReadOnlyList<int> LeaseHorizons { get; } = [30, 60, 90];

    public int ActiveUnits { get; private set; }
    public int OccupiedUnits { get; private set; }
    public decimal? OccupancyPercent => ActiveUnits == 0 ? null : Math.Round(100m * OccupiedUnits / ActiveUnits, 1);
    public int VacantUnits => ActiveUnits - OccupiedUnits;
    public IReadOnlyList<VacantUnit> LongestVacant { get; private set; } = [];
    public IReadOnlyList<int> LeasesEnding { get; private set; } = [];
    public int MonthToMonth { get; private set; }
    public IReadOnlyList<OverdueBill> LargestOverdue { get; private set; } = [];
    public int OpenTaskCount => OpenTasks.Values.Sum();
    public int OpenTasksPastDue { get; private set; }
    public int OpenTasksDueThisWeek { get; private set; }
    public int OpenTasksUnscheduled { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyDictionary<string, int> OpenTasks { get; private set; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> OpenWorkOrders { get; private set; } = new Dictionary<string, int>();
    public BillFigures Bills { get; private set; } = new(0, 0, 0, 0);
    public SyncHealth Sync { get; private set; } = new(null, 0, 0, 0);

    public BarChart TaskChart => new("Open tasks and work orders by priority", [.. TaskPriorities.All.Reverse().SelectMany(p => new[]
    {
        new BarChart.Bar($"{Labels.Of(p)}: tasks", OpenTasks.GetValueOrDefault(p), $"/Tasks?priority={p}&status=open", Tone(p)),
        new BarChart.Bar($"{Labels.Of(p)}: work orders", OpenWorkOrders.GetValueOrDefault(p), $"/WorkOrders?priority={p}&status=open", Tone(p)),
    })]);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        Today = today;
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
            .SingleOrDefaultAsync(cancellationToken);
        LeasesEnding = [ending?.In30 ?? 0, ending?.In60 ?? 0, ending?.In90 ?? 0];
        MonthToMonth = await db.Leases.AsNoTracking().CountAsync(l => l.Status == LeaseStatuses.Active && l.EndDate == null, cancellationToken);

        // Empty since its last lease ended (the oldest first); a unit never leased has no date and comes last.
        var vacant = await units.Where(u => !u.Leases.Any(l => l.Status == LeaseStatuses.Active))
            .Select(u => new { u.Id, u.UnitNumber, Property = u.Property!.Name, LastEnd = u.Leases.Where(l => l.EndDate < start).Max(l => l.EndDate) })
            .OrderBy(u => u.LastEnd).ThenBy(u => u.Property).ThenBy(u => u.UnitNumber).Take(5)
            .ToListAsync(cancellationToken);
        LongestVacant = [.. vacant.Select(u => new VacantUnit(u.Id, u.UnitNumber, u.Property, u.LastEnd))];

        OpenTasks = await db.Tasks.AsNoTracking().Where(t => TaskStatuses.Open.Contains(t.Status!))
            .GroupBy(t => t.Priority ?? TaskPriorities.Normal).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        // How late open work is, by the day it was scheduled for (a pulled task's own creation time is not kept).
        var dayStart = new DateTimeOffset(start, TimeSpan.Zero);
        var weekEnd = dayStart.AddDays(8);
        var byDue = await db.Tasks.AsNoTracking().Where(t => TaskStatuses.Open.Contains(t.Status!))
            .GroupBy(_ => 1)
            .Select(g => new
            {
                PastDue = g.Count(t => t.ScheduledDate < dayStart),
                ThisWeek = g.Count(t => t.ScheduledDate >= dayStart && t.ScheduledDate < weekEnd),
                Unscheduled = g.Count(t => t.ScheduledDate == null),
            })
            .SingleOrDefaultAsync(cancellationToken);
        OpenTasksPastDue = byDue?.PastDue ?? 0;
        OpenTasksDueThisWeek = byDue?.ThisWeek ?? 0;
        OpenTasksUnscheduled = byDue?.Unscheduled ?? 0;
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
            .SingleOrDefaultAsync(cancellationToken);

        var largest = await db.Bills.AsNoTracking()
            .Where(b => b.Status != BillStatuses.Paid && b.DueDate < today)
            .Select(b => new { b.Id, Vendor = b.Vendor!.Name, b.ReferenceNumber, b.Description, b.DueDate, Balance = (b.Amount ?? 0) - (b.Payments.Sum(p => p.Amount) ?? 0) })
            .OrderByDescending(b => b.Balance).ThenBy(b => b.DueDate).Take(5)
            .ToListAsync(cancellationToken);
        LargestOverdue = [.. largest.Select(b => new OverdueBill(b.Id, b.Vendor, b.ReferenceNumber, b.Description, b.DueDate, b.Balance))];

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

    /// <summary>How many whole days the unit has stood empty, or null when it was never leased.</summary>
    public int? DaysVacant(VacantUnit unit) => unit?.LastLeaseEnded is { } ended ? Today.DayNumber - DateOnly.FromDateTime(ended).DayNumber : null;

    public sealed record VacantUnit(Guid Id, string? UnitNumber, string? Property, DateTime? LastLeaseEnded);

    public sealed record OverdueBill(Guid Id, string? Vendor, string? Reference, string? Description, DateOnly? DueDate, decimal Balance);

    public sealed record BillFigures(int Unpaid, decimal UnpaidTotal, int Overdue, decimal OverdueTotal);

    public sealed record LastRun(Guid Id, string Trigger, string Mode, string Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt);

    public sealed record SyncHealth(LastRun? LastRun, int Pending, int Failed, int WebhookBacklog);
}
