using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Leases;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Pages.Leases;

/// <summary>
/// The rent roll: every unit, for one property or the portfolio, with its current lease (the active one that started
/// last), tenant, dates, rent, deposit and balance; vacant units show as vacant with their market rent. Totals and the
/// vacancy of what the filters show sit above the list.
/// </summary>
public sealed class RentRollModel(AppDbContext db) : ListPageModel<RentRollModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public Guid? PropertyId { get; set; }

    /// <summary>"occupied" or "vacant".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Occupancy { get; set; }

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];

    public Totals Sum { get; private set; } = new();

    public override string SearchHint => "Property, unit or tenant";

    protected override string ExportName => "rent-roll";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("property", "Property", r => r.PropertyName, r => r.PropertyName),
        new("unit", "Unit", r => r.UnitNumber, r => r.UnitNumber),
        new("tenant", "Tenant", r => r.TenantName, r => r.LeaseId == null ? "Vacant" : r.TenantName),
        new("start", "Lease start", r => r.StartDate, r => r.StartDate.HasValue ? DateOnly.FromDateTime(r.StartDate.Value) : null),
        new("end", "Lease end", r => r.EndDate, r => r.EndDate.HasValue ? DateOnly.FromDateTime(r.EndDate.Value) : null),
        new("rent", "Rent", r => r.Rent, r => r.Rent, Numeric: true),
        new("market", "Market rent", r => r.MarketRent, r => r.MarketRent, Numeric: true),
        new("deposit", "Deposit", r => r.Deposit, r => r.Deposit, Numeric: true),
        new("balance", "Balance", r => r.Balance, r => r.Balance, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.UnitId;

    public override async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await base.OnGetAsync(cancellationToken);
        Sum = await Query().GroupBy(_ => 1).Select(g => new Totals
        {
            Units = g.Count(),
            Occupied = g.Count(r => r.LeaseId != null),
            Rent = g.Sum(r => r.Rent ?? 0),
            Deposits = g.Sum(r => r.Deposit ?? 0),
            Balance = g.Sum(r => r.Balance ?? 0),
        }).SingleOrDefaultAsync(cancellationToken) ?? new Totals();
        return result;
    }

    protected override async Task LoadFiltersAsync(CancellationToken cancellationToken) =>
        Properties = await RecordChoices.PropertiesAsync(db, PropertyId, cancellationToken);

    protected override IQueryable<Row> Query()
    {
        var units = db.Units.AsNoTracking().Where(u => u.IsActive != false);
        if (PropertyId is { } propertyId)
        {
            units = units.Where(u => u.PropertyId == propertyId);
        }

        var today = DateOnly.FromDateTime(DateTime.Today);
        // One lateral join each for the current lease, its primary tenant and the rent in force (LEFT JOIN LATERAL ...
        // LIMIT 1): referring to a correlated "current lease" in every column made PostgreSQL re-run it per column and
        // per unit, over a second for the large portfolio's 20,000 units.
        var rows =
            from u in units
            from l in u.Leases.Where(l => l.Status == LeaseStatuses.Active)
                .OrderByDescending(l => l.StartDate).ThenByDescending(l => l.Id).Take(1).DefaultIfEmpty()
            from t in db.LeaseTenants.Where(t => t.LeaseId == l!.Id)
                .OrderByDescending(t => t.IsPrimary).ThenBy(t => t.MoveInDate).Take(1).DefaultIfEmpty()
                // The schedule in force today: the last one that has started.
            from r in db.LeaseRents.Where(r => r.LeaseId == l!.Id && (r.StartDate == null || r.StartDate <= today))
                .OrderByDescending(r => r.StartDate).Take(1).DefaultIfEmpty()
            from b in db.LeaseBalances.Where(b => b.LeaseId == l!.Id).DefaultIfEmpty()
            select new Row
            {
                UnitId = u.Id,
                PropertyId = u.PropertyId,
                PropertyName = u.Property!.Name,
                UnitNumber = u.UnitNumber,
                MarketRent = u.MarketRent,
                LeaseId = l == null ? null : l.Id,
                TenantId = t == null ? null : t.TenantId,
                TenantName = t == null ? null : t.Tenant!.FirstName + " " + t.Tenant.LastName,
                TenantCount = l == null ? 0 : l.Tenants.Count,
                StartDate = l == null ? null : l.StartDate,
                EndDate = l == null ? null : l.EndDate,
                Rent = r == null ? null : r.TotalAmount,
                Deposit = l == null ? null : l.DepositAmt,
                Balance = b == null ? null : b.TotalBalance,
            };

        rows = Occupancy switch
        {
            "occupied" => rows.Where(r => r.LeaseId != null),
            "vacant" => rows.Where(r => r.LeaseId == null),
            _ => rows,
        };
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            rows = rows.Where(r => EF.Functions.ILike(r.PropertyName!, pattern) || EF.Functions.ILike(r.UnitNumber!, pattern)
                || EF.Functions.ILike(r.TenantName!, pattern));
        }

        return rows;
    }

    public sealed class Row
    {
        public Guid UnitId { get; init; }
        public Guid? PropertyId { get; init; }
        public string? PropertyName { get; init; }
        public string? UnitNumber { get; init; }
        public decimal? MarketRent { get; init; }
        public long? LeaseId { get; init; }
        public Guid? TenantId { get; init; }
        public string? TenantName { get; init; }
        public int TenantCount { get; init; }
        public DateTime? StartDate { get; init; }
        public DateTime? EndDate { get; init; }
        public decimal? Rent { get; init; }
        public decimal? Deposit { get; init; }
        public decimal? Balance { get; init; }
    }

    public sealed class Totals
    {
        public int Units { get; init; }
        public int Occupied { get; init; }
        public decimal Rent { get; init; }
        public decimal Deposits { get; init; }
        public decimal Balance { get; init; }

        public int Vacant => Units - Occupied;
    }
}
