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
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Tasks;

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

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    /// <summary>Scheduled on or after.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Scheduled on or before.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];
    public IReadOnlyList<string> Assignees { get; private set; } = [];

    public override string SearchHint => "Subject, description or assignee";

    protected override string ExportName => "tasks";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("subject", "Subject", r => r.Subject, r => r.Subject),
        new("priority", "Priority", r => r.Priority, r => Labels.Of(r.Priority)),
        new("status", "Status", r => r.Status, r => Labels.Of(r.Status)),
        new("property", "Property", r => r.Property, r => r.Property),
        new("assignee", "Assigned to", r => r.AssignedTo, r => r.AssignedTo),
        new("category", "Category", r => r.Category, r => r.Category),
        new("scheduled", "Scheduled", r => r.ScheduledDate, r => TaskInput.Day(r.ScheduledDate)),
        new("completed", "Completed", r => r.CompletedDate, r => TaskInput.Day(r.CompletedDate)),
        new("sync", "Sync", r => r.SyncStatus, r => new SyncStateView(r.SyncStatus, r.BuildiumId).Label),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    protected override async Task LoadFiltersAsync(CancellationToken cancellationToken)
    {
        Properties = await PortfolioChoices.PropertiesAsync(db, PropertyId, cancellationToken);
        Categories = await TaskChoices.CategoriesAsync(db, Category, cancellationToken);
        Assignees = await db.Tasks.AsNoTracking().Where(t => t.AssignedTo != null).Select(t => t.AssignedTo!).Distinct().OrderBy(a => a).Take(200).ToListAsync(cancellationToken);
    }

    protected override IQueryable<Row> Query()
    {
        var query = db.Tasks.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(t => EF.Functions.ILike(t.Subject!, pattern) || EF.Functions.ILike(t.Description!, pattern) || EF.Functions.ILike(t.AssignedTo!, pattern));
        }

        if (!string.IsNullOrEmpty(Status))
        {
            // "open" (the dashboard's links) is every status that still needs work.
            query = Status == TaskChoices.OpenStatus
                ? query.Where(t => TaskStatuses.Open.Contains(t.Status!))
                : query.Where(t => t.Status == Status);
        }

        if (!string.IsNullOrEmpty(Priority))
        {
            query = query.Where(t => t.Priority == Priority);
        }

        if (PropertyId is { } propertyId)
        {
            query = query.Where(t => t.PropertyId == propertyId);
        }

        if (!string.IsNullOrEmpty(Assignee))
        {
            query = query.Where(t => t.AssignedTo == Assignee);
        }

        if (!string.IsNullOrEmpty(Category))
        {
            query = query.Where(t => t.Category == Category);
        }

        if (DayFilter.StartOf(From) is { } from)
        {
            query = query.Where(t => t.ScheduledDate >= from);
        }

        if (DayFilter.EndOf(To) is { } before)
        {
            query = query.Where(t => t.ScheduledDate < before);
        }

        return query.Select(t => new Row
        {
            Id = t.Id,
            Subject = t.Subject,
            Priority = t.Priority,
            Status = t.Status,
            Property = t.Property!.Name,
            AssignedTo = t.AssignedTo,
            Category = t.Category,
            ScheduledDate = t.ScheduledDate,
            CompletedDate = t.CompletedDate,
            BuildiumId = t.BuildiumTaskId,
            SyncStatus = db.SyncStatuses.Where(s => s.EntityType == SyncEntityTypes.Task && s.EntityId == t.Id).Select(s => s.SyncStatus).FirstOrDefault(),
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
        public string? Category { get; init; }
        public DateTimeOffset? ScheduledDate { get; init; }
        public DateTimeOffset? CompletedDate { get; init; }
        public int? BuildiumId { get; init; }
        public string? SyncStatus { get; init; }
    }
}
