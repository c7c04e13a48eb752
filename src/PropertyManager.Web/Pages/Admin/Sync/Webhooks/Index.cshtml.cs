using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Pages.Admin.Sync.Webhooks;

/// <summary>Stored Buildium webhook events (<c>buildium_webhook_events</c>), newest first: by type, processed, failed.</summary>
public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    /// <summary>"yes" or "no".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Processed { get; set; }

    /// <summary>Only events whose processing failed at least once and are not processed.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Failed { get; set; }

    public IReadOnlyList<string> Types { get; private set; } = [];

    public override string SearchHint => "Event id or error text";

    protected override string ExportName => "webhook-events";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("received", "Received", r => r.CreatedAt, r => r.CreatedAt),
        new("type", "Event", r => r.EventType, r => r.EventType),
        new("state", "State", r => r.Processed, r => WebhookState.Of(r.Processed, r.RetryCount, r.MaxRetries)),
        new("retries", "Attempts", r => r.RetryCount, r => r.RetryCount, Numeric: true),
        new("processed", "Processed", r => r.ProcessedAt, r => r.ProcessedAt),
        new("error", "Error", r => r.ErrorMessage, r => r.ErrorMessage),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    public override Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Request.Query.ContainsKey("sort"))
        {
            Sort = "received";
            Desc = true;
        }

        return base.OnGetAsync(cancellationToken);
    }

    protected override async Task LoadFiltersAsync(CancellationToken cancellationToken) =>
        Types = await db.WebhookEvents.AsNoTracking().Where(e => e.EventType != null).Select(e => e.EventType!).Distinct().Order().ToListAsync(cancellationToken);

    protected override IQueryable<Row> Query()
    {
        var query = db.WebhookEvents.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = SearchPattern.Contains(search);
            query = query.Where(e => EF.Functions.ILike(e.EventId!, pattern) || EF.Functions.ILike(e.ErrorMessage!, pattern));
        }

        if (!string.IsNullOrEmpty(Type))
        {
            query = query.Where(e => e.EventType == Type);
        }

        query = Processed switch
        {
            "yes" => query.Where(e => e.Processed == true),
            "no" => query.Where(e => e.Processed != true),
            _ => query,
        };
        if (Failed)
        {
            query = query.Where(e => e.Processed != true && e.RetryCount > 0);
        }

        return query.Select(e => new Row
        {
            Id = e.Id,
            CreatedAt = e.CreatedAt,
            EventType = e.EventType,
            Processed = e.Processed,
            ProcessedAt = e.ProcessedAt,
            RetryCount = e.RetryCount,
            MaxRetries = e.MaxRetries,
            ErrorMessage = e.ErrorMessage,
        });
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public DateTimeOffset? CreatedAt { get; init; }
        public string? EventType { get; init; }
        public bool? Processed { get; init; }
        public DateTimeOffset? ProcessedAt { get; init; }
        public int? RetryCount { get; init; }
        public int? MaxRetries { get; init; }
        public string? ErrorMessage { get; init; }
    }
}
