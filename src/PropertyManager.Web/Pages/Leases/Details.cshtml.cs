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
        // The outbox names a lease by a UUID derived from its bigserial id.
        Sync = await syncState.ReadAsync(SyncEntityTypes.Lease, SyncEntityIds.FromLeaseId(id), lease.BuildiumLeaseId, cancellationToken);
        return Page();
    }
}
