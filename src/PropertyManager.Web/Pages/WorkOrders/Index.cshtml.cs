using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Tasks;
using PropertyManager.Web.Display;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Lists;
using PropertyManager.Web.Pages.Tasks;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.WorkOrders;

/// <summary>Work orders, with their Buildium sync state; new ones are made on the Create page (or from a task).</summary>
public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Priority { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PropertyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Assignee { get; set; }

    /// <summary>Due on or after.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Due on or before.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];
    public IReadOnlyList<string> Assignees { get; private set; } = [];

    public override string SearchHint => "Subject, details or assignee";

    protected override string ExportName => "work-orders";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("subject", "Subject", r => r.Subject, r => r.Subject),
        new("priority", "Priority", r => r.Priority, r => Labels.Of(r.Priority)),
        new("status", "Status", r => r.Status, r => Labels.Of(r.Status)),
        new("property", "Property", r => r.Property, r => r.Property),
        new("assignee", "Assigned to", r => r.AssignedTo, r => r.AssignedTo),
        new("due", "Due", r => r.ScheduledDate, r => TaskInput.Day(r.ScheduledDate)),
        new("cost", "Actual cost", r => r.ActualCost, r => r.ActualCost, Numeric: true),
        new("sync", "Sync", r => r.SyncStatus, r => new SyncStateView(r.SyncStatus, r.BuildiumId).Label),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    protected override async Task LoadFiltersAsync(CancellationToken cancellationToken)
    {
        Properties = await PortfolioChoices.PropertiesAsync(db, PropertyId, cancellationToken);
        Assignees = await db.WorkOrders.AsNoTracking().Where(w => w.AssignedTo != null).Select(w => w.AssignedTo!).Distinct().OrderBy(a => a).Take(200).ToListAsync(cancellationToken);
    }

    protected override IQueryable<Row> Query()
    {
        var query = db.WorkOrders.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(w => EF.Functions.ILike(w.Subject!, pattern) || EF.Functions.ILike(w.Description!, pattern) || EF.Functions.ILike(w.AssignedTo!, pattern));
        }

        if (!string.IsNullOrEmpty(Status))
        {
            // "open" (the dashboard's links) is every status that still needs work.
            query = Status == TaskChoices.OpenStatus
                ? query.Where(w => TaskStatuses.Open.Contains(w.Status!))
                : query.Where(w => w.Status == Status);
        }

        if (!string.IsNullOrEmpty(Priority))
        {
            query = query.Where(w => w.Priority == Priority);
        }

        if (PropertyId is { } propertyId)
        {
            query = query.Where(w => w.PropertyId == propertyId);
        }

        if (!string.IsNullOrEmpty(Assignee))
        {
            query = query.Where(w => w.AssignedTo == Assignee);
        }

        if (DayFilter.StartOf(From) is { } from)
        {
            query = query.Where(w => w.ScheduledDate >= from);
        }

        if (DayFilter.EndOf(To) is { } before)
        {
            query = query.Where(w => w.ScheduledDate < before);
        }

        return query.Select(w => new Row
        {
            Id = w.Id,
            Subject = w.Subject,
            Priority = w.Priority,
            Status = w.Status,
            Property = w.Property!.Name,
            AssignedTo = w.AssignedTo,
            ScheduledDate = w.ScheduledDate,
            ActualCost = w.ActualCost,
            BuildiumId = w.BuildiumWorkOrderId,
            SyncStatus = db.SyncStatuses.Where(s => s.EntityType == SyncEntityTypes.WorkOrder && s.EntityId == w.Id).Select(s => s.SyncStatus).FirstOrDefault(),
        });
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public string? Subject { get; init; }
        public string? Priority { get; init; }
        public string? Status { get; init; }
        public string? Property { get; init; }
        public string? AssignedTo { get; init; }
        public DateTimeOffset? ScheduledDate { get; init; }
        public decimal? ActualCost { get; init; }
        public int? BuildiumId { get; init; }
        public string? SyncStatus { get; init; }
    }
}
