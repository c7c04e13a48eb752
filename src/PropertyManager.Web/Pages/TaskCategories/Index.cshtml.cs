using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Display;
using PropertyManager.Web.Lists;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.TaskCategories;

public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    public override string SearchHint => "Name or description";

    protected override string ExportName => "taskcategories";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("name", "Name", r => r.Name, r => r.Name),
        new("description", "Description", r => r.Description, r => r.Description),
        new("used", "Tasks", r => r.UsedBy, r => r.UsedBy, Numeric: true),
        new("active", "Status", r => r.Active, r => r.Active ? "Active" : "Inactive"),
        new("sync", "Sync", r => r.SyncStatus, r => new SyncStateView(r.SyncStatus, r.BuildiumId).Label),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    protected override IQueryable<Row> Query()
    {
        var query = db.TaskCategories.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(c => EF.Functions.ILike(c.Name!, pattern) || EF.Functions.ILike(c.Description!, pattern));
        }

        return query.Select(c => new Row
        {
            Id = c.Id,
            Name = c.Name,
            Description = c.Description,
            UsedBy = db.Tasks.Count(t => t.Category == c.Name),
            Active = c.IsActive != false,
            BuildiumId = c.BuildiumCategoryId,
            SyncStatus = db.SyncStatuses.Where(s => s.EntityType == SyncEntityTypes.TaskCategory && s.EntityId == c.Id).Select(s => s.SyncStatus).FirstOrDefault(),
        });
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public string? Name { get; init; }
        public string? Description { get; init; }
        public int UsedBy { get; init; }
        public bool Active { get; init; }
        public int? BuildiumId { get; init; }
        public string? SyncStatus { get; init; }
    }
}
