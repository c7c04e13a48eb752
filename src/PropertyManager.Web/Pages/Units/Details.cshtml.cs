using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Units;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Units;

/// <summary>A unit with its property, leases, bills, tasks and work orders.</summary>
public sealed class DetailsModel(AppDbContext db, SyncStateReader syncState) : PageModel
{
    /// <summary>Each related list shows this many rows.</summary>
    public const int SectionSize = 50;

    public Unit Unit { get; private set; } = null!;
    public string? PropertyName { get; private set; }
    public SyncStateView Sync { get; private set; } = null!;
    public IReadOnlyList<LeaseRow> Leases { get; private set; } = [];
    public IReadOnlyList<BillRow> Bills { get; private set; } = [];
    public IReadOnlyList<WorkRow> Tasks { get; private set; } = [];
    public IReadOnlyList<WorkRow> WorkOrders { get; private set; } = [];

    public bool IsInactive => Unit.IsActive == false;

    public bool Occupied => Leases.Any(l => l.Status == LeaseStatuses.Active);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        Unit = unit;
        PropertyName = await db.Properties.Where(p => p.Id == unit.PropertyId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        Sync = await syncState.ReadAsync(SyncEntityTypes.Unit, id, unit.BuildiumUnitId, cancellationToken);
        Leases = await db.Leases.AsNoTracking().Where(l => l.UnitId == id)
            .OrderBy(l => l.Status == LeaseStatuses.Active ? 0 : 1).ThenByDescending(l => l.StartDate).Take(SectionSize)
            .Select(l => new LeaseRow(l.Id, l.StartDate, l.EndDate, l.Status, l.DepositAmt))
            .ToListAsync(cancellationToken);
        Bills = await db.Bills.AsNoTracking().Where(b => b.UnitId == id)
            .OrderBy(b => b.Status == BillStatuses.Paid ? 1 : 0).ThenByDescending(b => b.DueDate).Take(SectionSize)
            .Select(b => new BillRow(b.Id, b.Vendor!.Name, b.Description, b.DueDate, b.Amount, b.Status))
            .ToListAsync(cancellationToken);
        Tasks = await db.Tasks.AsNoTracking().Where(t => t.UnitId == id)
            .OrderBy(t => t.Status == TaskStatuses.Completed ? 1 : 0).ThenByDescending(t => t.CreatedAt).Take(SectionSize)
            .Select(t => new WorkRow(t.Id, t.Subject, t.Priority, t.Status))
            .ToListAsync(cancellationToken);
        WorkOrders = await db.WorkOrders.AsNoTracking().Where(w => w.UnitId == id)
            .OrderBy(w => w.Status == TaskStatuses.Completed ? 1 : 0).ThenByDescending(w => w.CreatedAt).Take(SectionSize)
            .Select(w => new WorkRow(w.Id, w.Subject, w.Priority, w.Status))
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>"Retry now": pushes this record at once (through the sync worker) and says how it went.</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid id, [FromServices] PushRetry retry, CancellationToken cancellationToken)
    {
        if (!await db.Units.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var (pushed, message) = await retry.RunAsync(SyncEntityTypes.Unit, id, cancellationToken);
        TempData[pushed ? "Flash" : "FlashError"] = message;
        return RedirectToPage("./Details", new { id });
    }

    /// <summary>A unit's active flag is kept here only (Buildium units have none), so this queues nothing.</summary>
    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken cancellationToken) =>
        SetActiveAsync(id, false, cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(Guid id, CancellationToken cancellationToken) =>
        SetActiveAsync(id, true, cancellationToken);

    private async Task<IActionResult> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        unit.IsActive = active;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = active ? "Unit reactivated in this app." : "Unit deactivated in this app only: Buildium has no way to deactivate a unit, so it stays active there.";
        }
        catch (SyncRuleViolationException ex)
        {
            TempData["FlashError"] = ex.Message;
        }

        return RedirectToPage("./Details", new { id });
    }

    public sealed record LeaseRow(long Id, DateTime? Start, DateTime? End, string? Status, decimal? Deposit);
    public sealed record BillRow(Guid Id, string? Vendor, string? Description, DateOnly? DueDate, decimal? Amount, string? Status);
    public sealed record WorkRow(Guid Id, string? Subject, string? Priority, string? Status);
}
