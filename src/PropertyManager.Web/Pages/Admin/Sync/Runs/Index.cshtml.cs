using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Web.Admin;
using PropertyManager.Web.Display;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Pages.Admin.Sync.Runs;

/// <summary>Every recorded sync run (<c>sync_runs</c>), newest first, filterable by trigger, mode and result.</summary>
public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public string? Trigger { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Mode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public override string SearchHint => "Kind or error text";

    protected override string ExportName => "sync-runs";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("started", "Started", r => r.StartedAt, r => r.StartedAt),
        new("trigger", "Trigger", r => r.Trigger, r => Labels.Of(r.Trigger)),
        new("mode", "Mode", r => r.Mode, r => Labels.Of(r.Mode)),
        new("kind", "Kind", r => r.Kind, r => Labels.Of(r.Kind)),
        new("duration", "Duration", r => r.FinishedAt, r => RunCounts.Duration(r.StartedAt, r.FinishedAt)),
        new("counts", "Counts", null, r => RunCounts.Summary(RunCounts.Read(r.Counts))),
        new("calls", "API calls", r => r.ApiCalls, r => r.ApiCalls, Numeric: true),
        new("status", "Result", r => r.Status, r => Labels.Of(r.Status)),
        new("error", "Errors", null, r => r.Error),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    public override Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Newest first unless the user picked a column.
        if (!Request.Query.ContainsKey("sort"))
        {
            Sort = "started";
            Desc = true;
        }

        return base.OnGetAsync(cancellationToken);
    }

    protected override IQueryable<Row> Query()
    {
        var query = db.SyncRuns.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(r => EF.Functions.ILike(r.EntityKind!, pattern) || EF.Functions.ILike(r.Error!, pattern));
        }

        if (!string.IsNullOrEmpty(Trigger))
        {
            query = query.Where(r => r.Trigger == Trigger);
        }

        if (!string.IsNullOrEmpty(Mode))
        {
            query = query.Where(r => r.Mode == Mode);
        }

        if (!string.IsNullOrEmpty(Status))
        {
            query = query.Where(r => r.Status == Status);
        }

        return query.Select(r => new Row
        {
            Id = r.Id,
            StartedAt = r.StartedAt,
            FinishedAt = r.FinishedAt,
            Trigger = r.Trigger,
            Mode = r.Mode,
            Kind = r.EntityKind,
            BuildiumId = r.BuildiumId,
            ApiCalls = r.ApiCalls,
            Status = r.Status,
            Error = r.Error,
            Counts = r.Counts,
        });
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public DateTimeOffset StartedAt { get; init; }
        public DateTimeOffset? FinishedAt { get; init; }
        public string Trigger { get; init; } = "";
        public string Mode { get; init; } = "";
        public string? Kind { get; init; }
        public int? BuildiumId { get; init; }
        public int ApiCalls { get; init; }
        public string Status { get; init; } = "";
        public string? Error { get; init; }
        public JsonDocument? Counts { get; init; }
    }
}
