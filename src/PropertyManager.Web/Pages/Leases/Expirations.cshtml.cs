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
/// Lease expirations: active leases ending within the next 30, 60 or 90 days (soonest first), or those running
/// month-to-month (no end date), for one property or the portfolio, with their tenant, rent and balance. The active
/// leases of the property (or portfolio) are kept between changes (<see cref="ReportCache"/>); the horizon, search
/// and sort work on them.
/// </summary>
public sealed class ExpirationsModel(AppDbContext db, ReportCache reports, IPortfolioAccessSource access) : ListPageModel<ExpirationsModel.Row>
{
    public static readonly IReadOnlyList<int> Horizons = [30, 60, 90];

    public const string MonthToMonth = "month-to-month";

    [BindProperty(SupportsGet = true)]
    public Guid? PropertyId { get; set; }

    /// <summary>"30", "60", "90" (days ahead) or "month-to-month"; anything else reads as 90 days.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Within { get; set; }

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];

    public bool ShowsMonthToMonth => Within == MonthToMonth;

    public int Days => int.TryParse(Within, out var days) && Horizons.Contains(days) ? days : Horizons[^1];

    public override string SearchHint => "Property, unit or tenant";

    protected override string ExportName => "lease-expirations";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("end", "Lease end", r => r.EndDate, r => r.EndDate.HasValue ? DateOnly.FromDateTime(r.EndDate.Value) : null),
        new("property", "Property", r => r.PropertyName, r => r.PropertyName),
        new("unit", "Unit", r => r.UnitNumber, r => r.UnitNumber),
        new("tenant", "Tenant", r => r.TenantName, r => r.TenantName),
        new("start", "Lease start", r => r.StartDate, r => r.StartDate.HasValue ? DateOnly.FromDateTime(r.StartDate.Value) : null),
        new("rent", "Rent", r => r.Rent, r => r.Rent, Numeric: true),
        new("balance", "Balance", r => r.Balance, r => r.Balance, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.LeaseId;

    protected override async Task LoadFiltersAsync(CancellationToken cancellationToken) =>
        Properties = await RecordChoices.PropertiesAsync(db, PropertyId, cancellationToken);

    protected override async Task<IReadOnlyList<Row>?> RowsInMemoryAsync(CancellationToken cancellationToken)
    {
        var all = await reports.RowsAsync(
            db, access.Current, ReportVersions.Leases, $"expirations|{PropertyId}", Query().ToListAsync, cancellationToken);
        var today = DateTime.Today;
        var last = today.AddDays(Days);
        IEnumerable<Row> rows = ShowsMonthToMonth
            ? all.Where(r => r.EndDate == null)
            : all.Where(r => r.EndDate >= today && r.EndDate <= last);
        if (Search is { } search)
        {
            rows = rows.Where(r => SearchPattern.Matches(search, r.PropertyName, r.UnitNumber, r.TenantName));
        }

        return [.. rows];
    }

    /// <summary>Every active lease of the property (or portfolio): what <see cref="ReportCache"/> keeps.</summary>
    protected override IQueryable<Row> Query()
    {
        var leases = db.Leases.AsNoTracking().Where(l => l.Status == LeaseStatuses.Active);
        if (PropertyId is { } propertyId)
        {
            leases = leases.Where(l => l.PropertyId == propertyId);
        }

        // The primary tenant (else whoever moved in first) and the rent in force as joins: EF Core makes each Take(1) a
        // ROW_NUMBER() partition computed once, where a correlated subquery per column ran once per lease and column.
        var today = DateOnly.FromDateTime(DateTime.Today);
        var rows =
            from l in leases
            from t in db.LeaseTenants.Where(t => t.LeaseId == l.Id)
                .OrderByDescending(t => t.IsPrimary).ThenBy(t => t.MoveInDate).Take(1).DefaultIfEmpty()
            from r in db.LeaseRents.Where(r => r.LeaseId == l.Id && (r.StartDate == null || r.StartDate <= today))
                .OrderByDescending(r => r.StartDate).Take(1).DefaultIfEmpty()
            select new Row
            {
                LeaseId = l.Id,
                PropertyName = l.Property!.Name,
                UnitId = l.UnitId,
                UnitNumber = l.Unit!.UnitNumber,
                TenantId = t == null ? null : t.TenantId,
                TenantName = t == null ? null : t.Tenant!.FirstName + " " + t.Tenant.LastName,
                StartDate = l.StartDate,
                EndDate = l.EndDate,
                Rent = r == null ? null : r.TotalAmount,
                Balance = l.Balance == null ? null : l.Balance.TotalBalance,
            };
        return rows;
    }

    public sealed class Row
    {
        public long LeaseId { get; init; }
        public string? PropertyName { get; init; }
        public Guid? UnitId { get; init; }
        public string? UnitNumber { get; init; }
        public Guid? TenantId { get; init; }
        public string? TenantName { get; init; }
        public DateTime? StartDate { get; init; }
        public DateTime? EndDate { get; init; }
        public decimal? Rent { get; init; }
        public decimal? Balance { get; init; }

        public int? DaysLeft(DateTime today) => EndDate is { } end ? (int)(end.Date - today.Date).TotalDays : null;
    }
}
