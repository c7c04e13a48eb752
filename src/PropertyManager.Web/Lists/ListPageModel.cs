using System.Globalization;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace PropertyManager.Web.Lists;

/// <summary>
/// A list page: search, the page's own filters, sortable columns, paging (25/50/100) and a CSV export of exactly
/// what the filters show, all from the query string so a view can be bookmarked. Two queries per page (count and
/// rows) whatever the page size; derived pages project into <typeparamref name="TRow"/> with an object initializer
/// so sorting by a row member still translates to SQL.
/// </summary>
public abstract class ListPageModel<TRow> : PageModel, IListPage
    where TRow : class
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    // "page" is the route value Razor Pages uses for the page itself, so the number travels as "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int PageSize { get; set; } = ListPaging.PageSizes[0];

    public IReadOnlyList<TRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>True when the user narrowed the list, so the empty state can say "clear the filters" instead of "add one".</summary>
    public bool IsFiltered => Request.Query.Keys.Any(k => k is not ("sort" or "desc" or "p" or "pageSize") && !string.IsNullOrEmpty(Request.Query[k]));

    public abstract string SearchHint { get; }

    public IReadOnlyList<IListColumn> Headers => Columns;

    protected abstract IReadOnlyList<ListColumn<TRow>> Columns { get; }

    /// <summary>The export's file name stem, e.g. "properties".</summary>
    protected abstract string ExportName { get; }

    /// <summary>The rows the search and filters select, projected, in no particular order.</summary>
    protected abstract IQueryable<TRow> Query();

    /// <summary>A unique tie-breaker so paging is stable when the sort column repeats.</summary>
    protected abstract Expression<Func<TRow, object?>> TieBreaker { get; }

    /// <summary>Loads anything the filters need (dropdown options) before the rows.</summary>
    protected virtual Task LoadFiltersAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The rows the search and filters select, already in memory (a report kept by <see cref="ReportCache"/>), or null
    /// to run <see cref="Query"/> in the database. In-memory rows are sorted, paged and exported as the database would.
    /// </summary>
    protected virtual Task<IReadOnlyList<TRow>?> RowsInMemoryAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TRow>?>(null);

    public virtual async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Normalise();
        await LoadFiltersAsync(cancellationToken);
        if (await RowsInMemoryAsync(cancellationToken) is { } all)
        {
            Total = all.Count;
            PageNumber = Math.Min(PageNumber, PageCount);
            Rows = [.. Sorted(all).Skip((PageNumber - 1) * PageSize).Take(PageSize)];
            return Page();
        }

        var query = Query();
        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Min(PageNumber, PageCount);
        Rows = await Ordered(query).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        Normalise();
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var rows = await RowsInMemoryAsync(cancellationToken) is { } all
            ? Sorted(all).ToAsyncEnumerable()
            : Ordered(Query()).AsAsyncEnumerable();
        return new CsvExport<TRow>($"{ExportName}-{stamp}.csv", Columns, rows);
    }

    public IDictionary<string, string?> RouteFor(int? page = null, string? sort = null, bool? desc = null)
    {
        var values = Request.Query
            .Where(q => q.Key is not ("handler" or "p" or "sort" or "desc") && !string.IsNullOrEmpty(q.Value))
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        values["sort"] = sort ?? Sort;
        if (desc ?? Desc)
        {
            values["desc"] = "true";
        }

        values["p"] = (page ?? PageNumber).ToString(CultureInfo.InvariantCulture);
        values["pageSize"] = PageSize.ToString(CultureInfo.InvariantCulture);
        return values;
    }

    private void Normalise()
    {
        PageSize = ListPaging.PageSizes.Contains(PageSize) ? PageSize : ListPaging.PageSizes[0];
        PageNumber = Math.Max(1, PageNumber);
        if (!Columns.Any(c => c.Sortable && c.Key == Sort))
        {
            Sort = Columns.First(c => c.Sortable).Key;
        }

        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
    }

    private IOrderedQueryable<TRow> Ordered(IQueryable<TRow> query)
    {
        var sortBy = Columns.First(c => c.Key == Sort).SortBy!;
        var ordered = Desc ? query.OrderByDescending(sortBy) : query.OrderBy(sortBy);
        return ordered.ThenBy(TieBreaker);
    }

    private IOrderedEnumerable<TRow> Sorted(IEnumerable<TRow> rows)
    {
        var sortBy = Columns.First(c => c.Key == Sort).SortBy!.Compile();
        var ordered = Desc ? rows.OrderByDescending(sortBy, SqlOrder.Comparer) : rows.OrderBy(sortBy, SqlOrder.Comparer);
        return ordered.ThenBy(TieBreaker.Compile(), SqlOrder.Comparer);
    }
}
