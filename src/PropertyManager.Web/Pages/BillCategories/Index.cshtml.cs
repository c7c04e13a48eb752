using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Pages.BillCategories;

/// <summary>
/// Read-only: bill categories are GL accounts in Buildium, which has no bill category endpoint to write
/// (<see cref="SyncFieldRules"/> refuses creating or changing them), so they are only pulled.
/// </summary>
public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    public override string SearchHint => "Name or description";

    protected override string ExportName => "bill-categories";

    public string? Reason => SyncFieldRules.For(SyncEntityTypes.BillCategory)?.Reason;

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("name", "Name", r => r.Name, r => r.Name),
        new("description", "Description", r => r.Description, r => r.Description),
        new("bills", "Bills", r => r.Bills, r => r.Bills, Numeric: true),
        new("active", "Status", r => r.Active, r => r.Active ? "Active" : "Inactive"),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    protected override IQueryable<Row> Query()
    {
        var query = db.BillCategories.AsNoTracking();
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
            Bills = db.Bills.Count(b => b.CategoryId == c.BuildiumCategoryId),
            Active = c.IsActive != false,
            BuildiumId = c.BuildiumCategoryId,
        });
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public string? Name { get; init; }
        public string? Description { get; init; }
        public int Bills { get; init; }
        public bool Active { get; init; }
        public int? BuildiumId { get; init; }
    }
}
