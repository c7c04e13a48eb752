using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Conflicts;
using PropertyManager.Web.Display;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Pages.Admin.Sync.Conflicts;

/// <summary>
/// Fields changed on both sides (<c>sync_conflicts</c>), open ones first, with both values side by side. "Re-apply
/// local" goes through <see cref="ConflictService"/> (the values go back on the record and the outbox queues it);
/// "Dismiss" accepts the winner as it is.
/// </summary>
public sealed class IndexModel(AppDbContext db, ConflictService conflicts, TimeProvider time) : ListPageModel<IndexModel.Row>
{
    public const string Dismissed = "dismissed";

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    public override string SearchHint => "Kind";

    protected override string ExportName => "sync-conflicts";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("state", "State", r => r.ResolvedAt == null ? 0 : 1, r => r.ResolvedAt == null ? "Open" : Labels.Of(r.Resolution)),
        new("detected", "Detected", r => r.DetectedAt, r => r.DetectedAt),
        new("kind", "Kind", r => r.Kind, r => Labels.Of(r.Kind)),
        new("buildium", "Buildium id", r => r.BuildiumId, r => r.BuildiumId, Numeric: true),
        new("winner", "Winner", r => r.Winner, r => Labels.Of(r.Winner)),
        new("values", "Local / Buildium values", null, r => $"{r.LocalValues?.RootElement.GetRawText()} / {r.BuildiumValues?.RootElement.GetRawText()}"),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    protected override IQueryable<Row> Query()
    {
        var query = db.SyncConflicts.AsNoTracking();
        if (Search is { } search)
        {
            query = query.Where(c => EF.Functions.ILike(c.Kind, SearchPattern.Contains(search)));
        }

        query = State switch
        {
            "open" => query.Where(c => c.ResolvedAt == null),
            "resolved" => query.Where(c => c.ResolvedAt != null),
            _ => query,
        };
        return query.Select(c => new Row
        {
            Id = c.Id,
            Kind = c.Kind,
            BuildiumId = c.BuildiumId,
            LocalId = c.LocalId,
            DetectedAt = c.DetectedAt,
            Winner = c.Winner,
            LocalValues = c.LocalValues,
            BuildiumValues = c.BuildiumValues,
            ResolvedAt = c.ResolvedAt,
            Resolution = c.Resolution,
        });
    }

    public async Task<IActionResult> OnPostReapplyAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await conflicts.ReapplyLocalAsync(id, cancellationToken);
            TempData["Flash"] = "The local values are back on the record and queued: the next sync run pushes them to Buildium.";
        }
        catch (Exception ex) when (ex is InvalidOperationException or SyncRuleViolationException)
        {
            TempData["FlashError"] = ex.Message;
        }

        return RedirectToPage(new { state = State });
    }

    public async Task<IActionResult> OnPostDismissAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var count = await db.SyncConflicts.Where(c => c.Id == id && c.ResolvedAt == null).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.ResolvedAt, now).SetProperty(c => c.Resolution, Dismissed), cancellationToken);
        TempData["Flash"] = count == 0 ? "That conflict was already resolved." : "Dismissed: the winning values stay.";
        return RedirectToPage(new { state = State });
    }

    /// <summary>The contested fields with both values, for the side-by-side table.</summary>
    public static IEnumerable<(string Field, JsonElement? Local, JsonElement? Buildium)> Fields(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var local = Properties(row.LocalValues);
        var buildium = Properties(row.BuildiumValues);
        foreach (var field in local.Keys.Union(buildium.Keys).Order(StringComparer.Ordinal))
        {
            yield return (field, local.TryGetValue(field, out var l) ? l : null, buildium.TryGetValue(field, out var b) ? b : null);
        }

        static Dictionary<string, JsonElement> Properties(JsonDocument? document) =>
            document?.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal)
                : [];
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public string Kind { get; init; } = "";
        public int BuildiumId { get; init; }
        public Guid LocalId { get; init; }
        public DateTimeOffset DetectedAt { get; init; }
        public string Winner { get; init; } = "";
        public JsonDocument? LocalValues { get; init; }
        public JsonDocument? BuildiumValues { get; init; }
        public DateTimeOffset? ResolvedAt { get; init; }
        public string? Resolution { get; init; }
    }
}
