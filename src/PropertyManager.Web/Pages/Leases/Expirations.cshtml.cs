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
/// Lease expirations: active leases ending within the next 30, 60 or 90 days (soonest first), or those running
/// month-to-month (no end date), for one property or the portfolio, with their tenant, rent and balance.
/// </summary>
public sealed class ExpirationsModel(AppDbContext db) : ListPageModel<ExpirationsModel.Row>
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

    protected override IQueryable<Row> Query()
    {
        var leases = db.Leases.AsNoTracking().Where(l => l.Status == LeaseStatuses.Active);
        if (PropertyId is { } propertyId)
        {
            leases = leases.Where(l => l.PropertyId == propertyId);
        }

        var today = DateTime.Today;
        if (ShowsMonthToMonth)
        {
            leases = leases.Where(l => l.EndDate == null);
        }
        else
        {
            var last = today.AddDays(Days);
            leases = leases.Where(l => l.EndDate != null && l.EndDate >= today && l.EndDate <= last);
        }

        var todayDate = DateOnly.FromDateTime(today);
        var rows = leases.Select(l => new
        {
            Lease = l,
            Primary = l.Tenants.OrderByDescending(t => t.IsPrimary).ThenBy(t => t.MoveInDate).Select(t => t.Tenant).FirstOrDefault(),
        }).Select(x => new Row
        {
            LeaseId = x.Lease.Id,
            PropertyName = x.Lease.Property!.Name,
            UnitId = x.Lease.UnitId,
            UnitNumber = x.Lease.Unit!.UnitNumber,
            TenantId = x.Primary == null ? null : x.Primary.Id,
            TenantName = x.Primary == null ? null : x.Primary.FirstName + " " + x.Primary.LastName,
            StartDate = x.Lease.StartDate,
            EndDate = x.Lease.EndDate,
            Rent = x.Lease.Rents.Where(r => r.StartDate == null || r.StartDate <= todayDate).OrderByDescending(r => r.StartDate).Select(r => (decimal?)r.TotalAmount).FirstOrDefault(),
            Balance = x.Lease.Balance == null ? null : x.Lease.Balance.TotalBalance,
        });
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            rows = rows.Where(r => EF.Functions.ILike(r.PropertyName!, pattern) || EF.Functions.ILike(r.UnitNumber!, pattern) || EF.Functions.ILike(r.TenantName!, pattern));
        }

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
