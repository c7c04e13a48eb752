using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Reports;
using PropertyManager.Data.Security;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Pages.Leases;

/// <summary>
/// The rent roll: every unit, for one property or the portfolio, with its current lease (the active one that started
/// last), tenant, dates, rent, deposit and balance; vacant units show as vacant with their market rent. Totals and the
/// vacancy of what the filters show sit above the list. A portfolio's rent roll (20,000 units) is computed once per
/// change under it and kept (<see cref="ReportCache"/>); occupancy, search, sorting and paging work on the kept rows.
/// </summary>
public sealed class RentRollModel(AppDbContext db, ReportCache reports, IPortfolioAccessSource access) : ListPageModel<RentRollModel.Row>
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

    // Units of a building in their numbers' order; the kept rows are one list, so equal numbers keep one order across pages.
    protected override Expression<Func<Row, object?>> TieBreaker => r => r.UnitNumber;

    protected override async Task<IReadOnlyList<Row>?> RowsInMemoryAsync(CancellationToken cancellationToken)
    {
        var all = await reports.RowsAsync(
            db, access.Current, ReportVersions.Leases, $"rent-roll|{PropertyId}", Query().ToListAsync, cancellationToken);
        IEnumerable<Row> rows = Occupancy switch
        {
            "occupied" => all.Where(r => r.LeaseId != null),
            "vacant" => all.Where(r => r.LeaseId == null),
            _ => all,
        };
        if (Search is { } search)
        {
            rows = rows.Where(r => SearchPattern.Matches(search, r.PropertyName, r.UnitNumber, r.TenantName));
        }

        var shown = rows.ToList();
        Sum = new Totals
        {
            Units = shown.Count,
            Occupied = shown.Count(r => r.LeaseId != null),
            Rent = shown.Sum(r => r.Rent ?? 0),
            Deposits = shown.Sum(r => r.Deposit ?? 0),
            Balance = shown.Sum(r => r.Balance ?? 0),
        };
        return shown;
    }

    protected override async Task LoadFiltersAsync(CancellationToken cancellationToken) =>
        Properties = await RecordChoices.PropertiesAsync(db, PropertyId, cancellationToken);

    /// <summary>Every unit of the property (or portfolio) with its current lease: what <see cref="ReportCache"/> keeps.</summary>
    protected override IQueryable<Row> Query()
    {
        var units = db.Units.AsNoTracking().Where(u => u.IsActive != false);
        if (PropertyId is { } propertyId)
        {
            units = units.Where(u => u.PropertyId == propertyId);
        }

        var today = DateOnly.FromDateTime(DateTime.Today);
        // One join each for the current lease, its primary tenant and the rent in force (EF Core makes each Take(1) a
        // ROW_NUMBER() partition over the table): referring to a correlated "current lease" in every column made
        // PostgreSQL re-run it per column and per unit, over a second for the large portfolio's 20,000 units.
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
                // Counted in one grouping joined by key: a correlated count re-ran the policies' session check per unit (1.7 s).
            join n in db.LeaseTenants.GroupBy(t => t.LeaseId).Select(g => new { LeaseId = (long?)g.Key, Count = (int?)g.Count() })
                on (long?)l!.Id equals n.LeaseId into counts
            from n in counts.DefaultIfEmpty()
            select new Row
            {
                UnitId = u.Id,
                PropertyId = u.PropertyId,
                PropertyName = u.Property!.Name,
                UnitNumber = u.UnitNumber,
                MarketRent = u.MarketRent,
                LeaseId = l == null ? null : l.Id,
                TenantId = t == null ? null : t.TenantId,
                TenantName = t == null ? null : t.Tenant!.FirstName + " " + t.Tenant!.LastName,
                TenantCount = n == null ? 0 : n.Count ?? 0,
                StartDate = l == null ? null : l.StartDate,
                EndDate = l == null ? null : l.EndDate,
                Rent = r == null ? null : r.TotalAmount,
                Deposit = l == null ? null : l.DepositAmt,
                Balance = b == null ? null : b.TotalBalance,
            };

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
