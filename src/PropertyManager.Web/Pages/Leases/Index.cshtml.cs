using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Web.Display;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Lists;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Leases;

/// <summary>
/// Leases. There is no Create page on purpose: Buildium creates a lease only with its tenants, which the documented
/// schema does not hold, so a lease made here could never reach Buildium (the push refuses it with that reason). The
/// page says so and sends the user to Buildium; the lease then arrives with the next sync.
/// </summary>
public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    public static IReadOnlyList<int> EndingChoices { get; } = [30, 60, 90];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>The property's details page links here with <c>?propertyId=</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? PropertyId { get; set; }

    /// <summary>Leases ending within this many days from today (30, 60 or 90).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Ending { get; set; }

    /// <summary><see cref="MonthToMonth"/>: active leases without an end date.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Term { get; set; }

    public const string MonthToMonth = "month-to-month";

    /// <summary>Leases starting on or after this date.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Leases ending on or before this date.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];

    public override string SearchHint => "Property, unit or notes";

    protected override string ExportName => "leases";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("id", "Lease", r => r.Id, r => r.Id),
        new("property", "Property", r => r.PropertyName, r => r.PropertyName),
        new("unit", "Unit", r => r.UnitNumber, r => r.UnitNumber),
        new("start", "Start", r => r.StartDate, r => r.StartDate.HasValue ? DateOnly.FromDateTime(r.StartDate.Value) : null),
        new("end", "End", r => r.EndDate, r => r.EndDate.HasValue ? DateOnly.FromDateTime(r.EndDate.Value) : null),
        new("status", "Status", r => r.Status, r => Labels.Of(r.Status)),
        new("deposit", "Deposit", r => r.Deposit, r => r.Deposit, Numeric: true),
        // The outbox names a lease by a UUID derived from its id, which SQL cannot join on here: the page fills it in.
        new("sync", "Sync", null, r => new SyncStateView(r.SyncStatus, r.BuildiumId).Label),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    public override async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await base.OnGetAsync(cancellationToken);
        var ids = Rows.Select(r => SyncEntityIds.FromLeaseId(r.Id)).ToList();
        var statuses = await db.SyncStatuses.AsNoTracking()
            .Where(s => s.EntityType == SyncEntityTypes.Lease && ids.Contains(s.EntityId!.Value))
            .ToDictionaryAsync(s => s.EntityId!.Value, s => s.SyncStatus, cancellationToken);
        foreach (var row in Rows)
        {
            row.SyncStatus = statuses.GetValueOrDefault(SyncEntityIds.FromLeaseId(row.Id));
        }

        return result;
    }

    protected override async Task LoadFiltersAsync(CancellationToken cancellationToken) =>
        Properties = await RecordChoices.PropertiesAsync(db, PropertyId, cancellationToken);

    protected override IQueryable<Row> Query()
    {
        var query = db.Leases.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(l => EF.Functions.ILike(l.Property!.Name!, pattern) || EF.Functions.ILike(l.Unit!.UnitNumber!, pattern)
                || EF.Functions.ILike(l.Notes!, pattern));
        }

        if (!string.IsNullOrEmpty(Status))
        {
            query = query.Where(l => l.Status == Status);
        }

        if (PropertyId is { } propertyId)
        {
            query = query.Where(l => l.PropertyId == propertyId);
        }

        if (Ending is { } days && EndingChoices.Contains(days))
        {
            var today = DateTime.Today;
            var until = today.AddDays(days);
            // An ending lease is an active one: a past lease has ended, a future one has not begun.
            query = query.Where(l => l.Status == LeaseStatuses.Active && l.EndDate >= today && l.EndDate <= until);
        }

        if (Term == MonthToMonth)
        {
            query = query.Where(l => l.Status == LeaseStatuses.Active && l.EndDate == null);
        }

        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue);
            query = query.Where(l => l.StartDate >= start);
        }

        if (To is { } to)
        {
            var end = to.ToDateTime(TimeOnly.MinValue);
            query = query.Where(l => l.EndDate <= end);
        }

        return query.Select(l => new Row
        {
            Id = l.Id,
            PropertyId = l.PropertyId,
            PropertyName = l.Property!.Name,
            UnitId = l.UnitId,
            UnitNumber = l.Unit!.UnitNumber,
            StartDate = l.StartDate,
            EndDate = l.EndDate,
            Status = l.Status,
            Deposit = l.DepositAmt,
            BuildiumId = l.BuildiumLeaseId,
        });
    }

    public sealed class Row
    {
        public long Id { get; init; }
        public Guid? PropertyId { get; init; }
        public string? PropertyName { get; init; }
        public Guid? UnitId { get; init; }
        public string? UnitNumber { get; init; }
        public DateTime? StartDate { get; init; }
        public DateTime? EndDate { get; init; }
        public string? Status { get; init; }
        public decimal? Deposit { get; init; }
        public int? BuildiumId { get; init; }
        public string? SyncStatus { get; set; }
    }
}
