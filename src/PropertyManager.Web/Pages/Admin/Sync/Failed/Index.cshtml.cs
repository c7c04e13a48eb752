using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Display;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Pages.Admin.Sync.Failed;

/// <summary>
/// Records whose push failed (<c>buildium_sync_status</c> rows in state failed), with Buildium's message, a link to the
/// record, and "Retry" / "Retry all": back to pending, so the next run pushes them without waiting for their back-off.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time) : ListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public override string SearchHint => "Message text";

    protected override string ExportName => "sync-failed";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("kind", "Kind", r => r.EntityType, r => Labels.Of(r.EntityType)),
        new("record", "Record", null, r => r.EntityId),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
        new("message", "Message", r => r.ErrorMessage, r => r.ErrorMessage),
        new("updated", "Last attempt", r => r.UpdatedAt, r => r.UpdatedAt),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    protected override IQueryable<Row> Query()
    {
        var query = Failed();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(s => EF.Functions.ILike(s.ErrorMessage!, pattern));
        }

        return query.Select(s => new Row
        {
            Id = s.Id,
            EntityType = s.EntityType,
            EntityId = s.EntityId,
            BuildiumId = s.BuildiumId,
            ErrorMessage = s.ErrorMessage,
            UpdatedAt = s.UpdatedAt,
        });
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var count = await RetryAsync(db.SyncStatuses.Where(s => s.Id == id && s.SyncStatus == SyncStates.Failed), cancellationToken);
        TempData["Flash"] = count == 0 ? "That record is no longer failed." : "The record is pending again: the next sync run pushes it.";
        return RedirectToPage(new { kind = Kind });
    }

    public async Task<IActionResult> OnPostRetryAllAsync(CancellationToken cancellationToken)
    {
        var count = await RetryAsync(Failed(), cancellationToken);
        TempData["Flash"] = $"{count} record(s) are pending again: the next sync run pushes them.";
        return RedirectToPage(new { kind = Kind });
    }

    /// <summary>The failed rows of the chosen kind (all kinds when none is chosen).</summary>
    private IQueryable<BuildiumSyncStatus> Failed()
    {
        var query = db.SyncStatuses.AsNoTracking().Where(s => s.SyncStatus == SyncStates.Failed);
        return string.IsNullOrEmpty(Kind) ? query : query.Where(s => s.EntityType == Kind);
    }

    /// <summary>
    /// Pending is claimed by the next push at once, whatever the back-off. The note of a POST whose outcome is unknown
    /// stays, because the push must look the record up in Buildium before it may POST again; other notes go.
    /// </summary>
    private Task<int> RetryAsync(IQueryable<BuildiumSyncStatus> rows, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return rows.ExecuteUpdateAsync(
            s => s.SetProperty(x => x.SyncStatus, SyncStates.Pending)
                .SetProperty(x => x.ErrorMessage, x => x.ErrorMessage!.StartsWith(OutboxNotes.OutcomeUnknownPrefix) ? x.ErrorMessage : null)
                .SetProperty(x => x.UpdatedAt, now),
            cancellationToken);
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public string? EntityType { get; init; }
        public Guid? EntityId { get; init; }
        public int? BuildiumId { get; init; }
        public string? ErrorMessage { get; init; }
        public DateTimeOffset? UpdatedAt { get; init; }
    }
}
