using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Reports;
using PropertyManager.Data.Security;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Pages.Leases;

/// <summary>
/// Who owes what: every lease with a balance, aged as Buildium ages it (0-30, 31-60, 61-90, over 90 days), largest
/// first, with the totals of what the filters show. Balances are Buildium's, as of the last sync. The property's (or
/// portfolio's) list is kept between changes (<see cref="ReportCache"/>); aging filter, search and sort work on it.
/// </summary>
public sealed class DelinquencyModel(AppDbContext db, ReportCache reports, IPortfolioAccessSource access) : ListPageModel<DelinquencyModel.Row>
{
    public static IReadOnlyList<int> OverChoices { get; } = [30, 60, 90];

    [BindProperty(SupportsGet = true)]
    public Guid? PropertyId { get; set; }

    /// <summary>Only leases owing something older than this many days (30, 60 or 90).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Over { get; set; }

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];

    public Totals Sum { get; private set; } = new();

    public override string SearchHint => "Tenant, property or unit";

    protected override string ExportName => "delinquency";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("total", "Balance", r => r.Total, r => r.Total, Numeric: true),
        new("tenant", "Tenant", r => r.TenantName, r => r.TenantName),
        new("property", "Property", r => r.PropertyName, r => r.PropertyName),
        new("unit", "Unit", r => r.UnitNumber, r => r.UnitNumber),
        new("d30", "0-30 days", r => r.Days0To30, r => r.Days0To30, Numeric: true),
        new("d60", "31-60 days", r => r.Days31To60, r => r.Days31To60, Numeric: true),
        new("d90", "61-90 days", r => r.Days61To90, r => r.Days61To90, Numeric: true),
        new("over90", "Over 90 days", r => r.Over90, r => r.Over90, Numeric: true),
        new("phone", "Phone", null, r => r.TenantPhone),
        new("email", "Email", null, r => r.TenantEmail),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.LeaseId;

    public override async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Request.Query["sort"]))
        {
            // The largest debts first unless the user sorts otherwise.
            (Sort, Desc) = ("total", true);
        }

        return await base.OnGetAsync(cancellationToken);
    }

    protected override async Task<IReadOnlyList<Row>?> RowsInMemoryAsync(CancellationToken cancellationToken)
    {
        var all = await reports.RowsAsync(
            db, access.Current, ReportVersions.Leases, $"delinquency|{PropertyId}", Query().ToListAsync, cancellationToken);
        IEnumerable<Row> rows = Over switch
        {
            30 => all.Where(r => r.Days31To60 + r.Days61To90 + r.Over90 > 0),
            60 => all.Where(r => r.Days61To90 + r.Over90 > 0),
            90 => all.Where(r => r.Over90 > 0),
            _ => all,
        };
        if (Search is { } search)
        {
            rows = rows.Where(r => SearchPattern.Matches(search, r.TenantName, r.PropertyName, r.UnitNumber));
        }

        var shown = rows.ToList();
        Sum = new Totals
        {
            Leases = shown.Count,
            Total = shown.Sum(r => r.Total),
            Days0To30 = shown.Sum(r => r.Days0To30),
            Days31To60 = shown.Sum(r => r.Days31To60),
            Days61To90 = shown.Sum(r => r.Days61To90),
            Over90 = shown.Sum(r => r.Over90),
        };
        return shown;
    }

    protected override async Task LoadFiltersAsync(CancellationToken cancellationToken) =>
        Properties = await RecordChoices.PropertiesAsync(db, PropertyId, cancellationToken);

    /// <summary>Every lease of the property (or portfolio) that owes something: what <see cref="ReportCache"/> keeps.</summary>
    protected override IQueryable<Row> Query()
    {
        var balances = db.LeaseBalances.AsNoTracking().Where(b => b.TotalBalance > 0);
        if (PropertyId is { } propertyId)
        {
            balances = balances.Where(b => b.Lease!.PropertyId == propertyId);
        }

        // The tenant to call: the primary one, else whoever moved in first. One join (EF Core makes the Take(1) a
        // ROW_NUMBER() partition), not a correlated subquery per column, which PostgreSQL ran per column and balance.
        var rows =
            from b in balances
            from t in db.LeaseTenants.Where(t => t.LeaseId == b.LeaseId)
                .OrderByDescending(t => t.IsPrimary).ThenBy(t => t.MoveInDate).Take(1).DefaultIfEmpty()
            select new Row
            {
                LeaseId = b.LeaseId,
                PropertyId = b.Lease!.PropertyId,
                PropertyName = b.Lease.Property!.Name,
                UnitNumber = b.Lease.Unit!.UnitNumber,
                TenantId = t == null ? null : t.TenantId,
                TenantName = t == null ? null : t.Tenant!.FirstName + " " + t.Tenant.LastName,
                TenantPhone = t == null ? null : t.Tenant!.PhoneMobile ?? t.Tenant.PhoneHome ?? t.Tenant.PhoneWork,
                TenantEmail = t == null ? null : t.Tenant!.Email,
                Total = b.TotalBalance,
                Days0To30 = b.Balance0To30Days,
                Days31To60 = b.Balance31To60Days,
                Days61To90 = b.Balance61To90Days,
                Over90 = b.BalanceOver90Days,
            };
        return rows;
    }

    public sealed class Row
    {
        public long LeaseId { get; init; }
        public Guid? PropertyId { get; init; }
        public string? PropertyName { get; init; }
        public string? UnitNumber { get; init; }
        public Guid? TenantId { get; init; }
        public string? TenantName { get; init; }
        public string? TenantPhone { get; init; }
        public string? TenantEmail { get; init; }
        public decimal Total { get; init; }
        public decimal Days0To30 { get; init; }
        public decimal Days31To60 { get; init; }
        public decimal Days61To90 { get; init; }
        public decimal Over90 { get; init; }
    }

    public sealed class Totals
    {
        public int Leases { get; init; }
        public decimal Total { get; init; }
        public decimal Days0To30 { get; init; }
        public decimal Days31To60 { get; init; }
        public decimal Days61To90 { get; init; }
        public decimal Over90 { get; init; }
    }
}
