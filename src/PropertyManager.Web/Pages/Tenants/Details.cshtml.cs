using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Tenants;

namespace PropertyManager.Web.Pages.Tenants;

/// <summary>A tenant: how to reach them, their leases (unit, dates, rent, balance) and their leases' ledger, newest first.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    /// <summary>How many ledger lines the page shows; the rest are on the lease's page.</summary>
    public const int LedgerLines = 50;

    public Tenant Tenant { get; private set; } = null!;

    public IReadOnlyList<LeaseRow> Leases { get; private set; } = [];

    public IReadOnlyList<LeaseTransaction> Ledger { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tenant is null)
        {
            return NotFound();
        }

        Tenant = tenant;
        var today = DateOnly.FromDateTime(DateTime.Today);
        Leases = await db.LeaseTenants.AsNoTracking().Where(t => t.TenantId == id)
            .OrderByDescending(t => t.Lease!.Status == LeaseStatuses.Active).ThenByDescending(t => t.Lease!.StartDate)
            .Select(t => new LeaseRow
            {
                LeaseId = t.LeaseId,
                PropertyName = t.Lease!.Property!.Name,
                UnitId = t.Lease.UnitId,
                UnitNumber = t.Lease.Unit!.UnitNumber,
                Status = t.Lease.Status,
                StartDate = t.Lease.StartDate,
                EndDate = t.Lease.EndDate,
                MoveInDate = t.MoveInDate,
                MoveOutDate = t.MoveOutDate,
                IsPrimary = t.IsPrimary,
                Rent = t.Lease.Rents.Where(r => r.StartDate == null || r.StartDate <= today).OrderByDescending(r => r.StartDate)
                    .Select(r => (decimal?)r.TotalAmount).FirstOrDefault(),
                RentCycle = t.Lease.Rents.Where(r => r.StartDate == null || r.StartDate <= today).OrderByDescending(r => r.StartDate)
                    .Select(r => r.RentCycle).FirstOrDefault(),
                Balance = t.Lease.Balance == null ? null : t.Lease.Balance.TotalBalance,
            })
            .ToListAsync(cancellationToken);
        var leaseIds = Leases.Select(l => l.LeaseId).ToList();
        Ledger = await db.LeaseTransactions.AsNoTracking().Where(t => leaseIds.Contains(t.LeaseId))
            .OrderByDescending(t => t.Date).ThenByDescending(t => t.BuildiumTransactionId).Take(LedgerLines)
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed class LeaseRow
    {
        public long LeaseId { get; init; }
        public string? PropertyName { get; init; }
        public Guid? UnitId { get; init; }
        public string? UnitNumber { get; init; }
        public string? Status { get; init; }
        public DateTime? StartDate { get; init; }
        public DateTime? EndDate { get; init; }
        public DateOnly? MoveInDate { get; init; }
        public DateOnly? MoveOutDate { get; init; }
        public bool IsPrimary { get; init; }
        public decimal? Rent { get; init; }
        public string? RentCycle { get; init; }
        public decimal? Balance { get; init; }
    }
}
