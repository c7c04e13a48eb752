using System.Globalization;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Pages.Admin.Sync.ApiLog;

/// <summary>
/// Every Buildium HTTP attempt (<c>buildium_api_log</c>), newest first: endpoint contains, method, status (exact or a
/// class such as 5xx), date range and a minimum duration.
/// </summary>
public sealed class IndexModel(AppDbContext db) : ListPageModel<IndexModel.Row>
{
    public static IReadOnlyList<string> Methods { get; } = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    [BindProperty(SupportsGet = true)]
    public string? Method { get; set; }

    /// <summary>An exact code (404), a class (2xx, 4xx, 5xx) or "none" for attempts that got no answer.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? MinMs { get; set; }

    public override string SearchHint => "Endpoint contains";

    protected override string ExportName => "buildium-api-log";

    protected override IReadOnlyList<ListColumn<Row>> Columns { get; } =
    [
        new("time", "Time", r => r.CreatedAt, r => r.CreatedAt),
        new("method", "Method", r => r.Method, r => r.Method),
        new("endpoint", "Endpoint", r => r.Endpoint, r => r.Endpoint),
        new("status", "Status", r => r.ResponseStatus, r => r.ResponseStatus, Numeric: true),
        new("duration", "ms", r => r.DurationMs, r => r.DurationMs, Numeric: true),
        new("error", "Error", r => r.ErrorMessage, r => r.ErrorMessage),
    ];

    protected override Expression<Func<Row, object?>> TieBreaker => r => r.Id;

    public override Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Newest first unless the user picked a column.
        if (!Request.Query.ContainsKey("sort"))
        {
            Sort = "time";
            Desc = true;
        }

        return base.OnGetAsync(cancellationToken);
    }

    protected override IQueryable<Row> Query()
    {
        var query = db.ApiLog.AsNoTracking();
        if (Search is { } search)
        {
            query = query.Where(l => EF.Functions.ILike(l.Endpoint!, SearchPattern.Contains(search)));
        }

        if (!string.IsNullOrEmpty(Method))
        {
            query = query.Where(l => l.Method == Method);
        }

        var status = Status?.Trim().ToUpperInvariant();
        if (status == "NONE")
        {
            query = query.Where(l => l.ResponseStatus == null);
        }
        else if (status is { Length: 3 } && status.EndsWith("XX", StringComparison.Ordinal) && status[0] is >= '1' and <= '5')
        {
            var low = (status[0] - '0') * 100;
            query = query.Where(l => l.ResponseStatus >= low && l.ResponseStatus < low + 100);
        }
        else if (int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            query = query.Where(l => l.ResponseStatus == code);
        }

        if (DayFilter.StartOf(From) is { } start)
        {
            query = query.Where(l => l.CreatedAt >= start);
        }

        if (DayFilter.EndOf(To) is { } end)
        {
            query = query.Where(l => l.CreatedAt < end);
        }

        if (MinMs is { } minMs)
        {
            query = query.Where(l => l.DurationMs >= minMs);
        }

        return query.Select(l => new Row
        {
            Id = l.Id,
            CreatedAt = l.CreatedAt,
            Method = l.Method,
            Endpoint = l.Endpoint,
            ResponseStatus = l.ResponseStatus,
            DurationMs = l.DurationMs,
            ErrorMessage = l.ErrorMessage,
        });
    }

    public sealed class Row
    {
        public Guid Id { get; init; }
        public DateTimeOffset? CreatedAt { get; init; }
        public string? Method { get; init; }
        public string? Endpoint { get; init; }
        public int? ResponseStatus { get; init; }
        public int? DurationMs { get; init; }
        public string? ErrorMessage { get; init; }
    }
}
