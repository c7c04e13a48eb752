using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Leases;

public sealed class DetailsModel(AppDbContext db, SyncStateReader syncState) : PageModel
{
    public Lease Lease { get; private set; } = null!;
    public string? PropertyName { get; private set; }
    public string? UnitNumber { get; private set; }
    public SyncStateView Sync { get; private set; } = null!;
    public IReadOnlyList<TenantLine> Tenants { get; private set; } = [];
    public IReadOnlyList<LeaseRent> Rents { get; private set; } = [];
    public LeaseBalance? Balance { get; private set; }
    public IReadOnlyList<LeaseTransaction> Ledger { get; private set; } = [];

    public sealed record TenantLine(Guid Id, string Name, string? Email, string? Phone, string? Status, bool IsPrimary, DateOnly? MoveIn, DateOnly? MoveOut);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var lease = await db.Leases.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lease is null)
        {
            return NotFound();
        }

        Lease = lease;
        PropertyName = await db.Properties.Where(p => p.Id == lease.PropertyId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        UnitNumber = await db.Units.Where(u => u.Id == lease.UnitId).Select(u => u.UnitNumber).FirstOrDefaultAsync(cancellationToken);
        Tenants = await db.LeaseTenants.AsNoTracking().Where(t => t.LeaseId == id).OrderByDescending(t => t.IsPrimary).ThenBy(t => t.Tenant!.LastName)
            .Select(t => new TenantLine(t.TenantId, t.Tenant!.FirstName + " " + t.Tenant.LastName, t.Tenant.Email, t.Tenant.PhoneMobile ?? t.Tenant.PhoneHome ?? t.Tenant.PhoneWork,
                t.Status, t.IsPrimary, t.MoveInDate, t.MoveOutDate))
            .ToListAsync(cancellationToken);
        Rents = await db.LeaseRents.AsNoTracking().Include(r => r.Charges).ThenInclude(c => c.GlAccount).Where(r => r.LeaseId == id)
            .OrderByDescending(r => r.StartDate).ToListAsync(cancellationToken);
        Balance = await db.LeaseBalances.AsNoTracking().FirstOrDefaultAsync(b => b.LeaseId == id, cancellationToken);
        // The whole ledger, newest first; payments not yet in Buildium show as such.
        Ledger = await db.LeaseTransactions.AsNoTracking().Where(t => t.LeaseId == id)
            .OrderByDescending(t => t.Date).ThenByDescending(t => t.BuildiumTransactionId).ToListAsync(cancellationToken);
        // The outbox names a lease by a UUID derived from its bigserial id.
        Sync = await syncState.ReadAsync(SyncEntityTypes.Lease, SyncEntityIds.FromLeaseId(id), lease.BuildiumLeaseId, cancellationToken);
        return Page();
    }
}
