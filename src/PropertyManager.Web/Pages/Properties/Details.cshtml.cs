using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tasks;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Properties;

/// <summary>A property with what a manager needs beside it: units, owners and shares, leases, bills, tasks, work orders.</summary>
public sealed class DetailsModel(AppDbContext db, SyncStateReader syncState) : PageModel
{
    /// <summary>Each related list shows this many rows and links to the filtered list page for the rest.</summary>
    public const int SectionSize = 50;

    public Property Property { get; private set; } = null!;
    public string? BankAccountName { get; private set; }
    public SyncStateView Sync { get; private set; } = null!;
    public IReadOnlyList<UnitRow> Units { get; private set; } = [];
    public int UnitTotal { get; private set; }
    public IReadOnlyList<OwnerShareRow> Owners { get; private set; } = [];
    public IReadOnlyList<LeaseRow> Leases { get; private set; } = [];
    public IReadOnlyList<BillRow> Bills { get; private set; } = [];
    public IReadOnlyList<WorkRow> Tasks { get; private set; } = [];
    public IReadOnlyList<WorkRow> WorkOrders { get; private set; } = [];

    public bool IsInactive => Property.IsActive == false || Property.Status == PropertyStatuses.Inactive;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var property = await db.Properties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (property is null)
        {
            return NotFound();
        }

        Property = property;
        BankAccountName = await db.BankAccounts.Where(b => b.Id == property.OperatingBankAccountId).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken);
        Sync = await syncState.ReadAsync(SyncEntityTypes.Property, id, property.BuildiumPropertyId, cancellationToken);
        UnitTotal = await db.Units.CountAsync(u => u.PropertyId == id, cancellationToken);
        Units = await db.Units.AsNoTracking().Where(u => u.PropertyId == id).OrderBy(u => u.UnitNumber).Take(SectionSize)
            .Select(u => new UnitRow(u.Id, u.UnitNumber, u.UnitBedrooms, u.UnitBathrooms, u.MarketRent,
                u.Leases.Any(l => l.Status == LeaseStatuses.Active), u.IsActive != false))
            .ToListAsync(cancellationToken);
        Owners = await db.Ownerships.AsNoTracking().Where(o => o.PropertyId == id)
            .OrderByDescending(o => o.Primary).ThenByDescending(o => o.OwnershipPercentage)
            .Select(o => new OwnerShareRow(o.Id, o.OwnerId, o.Owner!.IsCompany == true ? o.Owner.CompanyName : o.Owner.FirstName + " " + o.Owner.LastName,
                o.Owner.Email, o.Primary == true, o.OwnershipPercentage, o.DisbursementPercentage))
            .ToListAsync(cancellationToken);
        Leases = await db.Leases.AsNoTracking().Where(l => l.PropertyId == id)
            .OrderBy(l => l.Status == LeaseStatuses.Active ? 0 : 1).ThenByDescending(l => l.StartDate).Take(SectionSize)
            .Select(l => new LeaseRow(l.Id, l.Unit!.UnitNumber, l.StartDate, l.EndDate, l.Status, l.DepositAmt))
            .ToListAsync(cancellationToken);
        Bills = await db.Bills.AsNoTracking().Where(b => b.PropertyId == id)
            .OrderBy(b => b.Status == BillStatuses.Paid ? 1 : 0).ThenByDescending(b => b.DueDate).Take(SectionSize)
            .Select(b => new BillRow(b.Id, b.Vendor!.Name, b.Description, b.DueDate, b.Amount, b.Status))
            .ToListAsync(cancellationToken);
        Tasks = await db.Tasks.AsNoTracking().Where(t => t.PropertyId == id)
            .OrderBy(t => t.Status == TaskStatuses.Completed ? 1 : 0).ThenByDescending(t => t.CreatedAt).Take(SectionSize)
            .Select(t => new WorkRow(t.Id, t.Subject, t.Priority, t.Status, t.ScheduledDate))
            .ToListAsync(cancellationToken);
        WorkOrders = await db.WorkOrders.AsNoTracking().Where(w => w.PropertyId == id)
            .OrderBy(w => w.Status == TaskStatuses.Completed ? 1 : 0).ThenByDescending(w => w.CreatedAt).Take(SectionSize)
            .Select(w => new WorkRow(w.Id, w.Subject, w.Priority, w.Status, w.ScheduledDate))
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>"Retry now": pushes this record at once (through the sync worker) and says how it went.</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid id, [FromServices] PushRetry retry, CancellationToken cancellationToken)
    {
        if (!await db.Properties.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var (pushed, message) = await retry.RunAsync(SyncEntityTypes.Property, id, cancellationToken);
        TempData[pushed ? "Flash" : "FlashError"] = message;
        return RedirectToPage("./Details", new { id });
    }

    /// <summary>Buildium cannot delete a rental: deactivating it is the way out, and it is pushed as Buildium's inactivation.</summary>
    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken cancellationToken) =>
        SetActiveAsync(id, false, cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(Guid id, CancellationToken cancellationToken) =>
        SetActiveAsync(id, true, cancellationToken);

    private async Task<IActionResult> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var property = await db.Properties.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (property is null)
        {
            return NotFound();
        }

        property.IsActive = active;
        property.Status = active ? PropertyStatuses.Active : PropertyStatuses.Inactive;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = (active ? "Property reactivated" : "Property deactivated") + "; pending push to Buildium (sent with the next sync, or now with Send now).";
        }
        catch (SyncRuleViolationException ex)
        {
            TempData["FlashError"] = ex.Message;
        }

        return RedirectToPage("./Details", new { id });
    }

    public sealed record UnitRow(Guid Id, string? Number, string? Bedrooms, string? Bathrooms, decimal? MarketRent, bool Occupied, bool Active);
    public sealed record OwnerShareRow(Guid Id, Guid? OwnerId, string? Name, string? Email, bool Primary, decimal? Ownership, decimal? Disbursement);
    public sealed record LeaseRow(long Id, string? Unit, DateTime? Start, DateTime? End, string? Status, decimal? Deposit);
    public sealed record BillRow(Guid Id, string? Vendor, string? Description, DateOnly? DueDate, decimal? Amount, string? Status);
    public sealed record WorkRow(Guid Id, string? Subject, string? Priority, string? Status, DateTimeOffset? Scheduled);
}
