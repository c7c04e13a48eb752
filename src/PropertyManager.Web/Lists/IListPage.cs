namespace PropertyManager.Web.Lists;

/// <summary>What the shared list partials (_ListTools, _ListHeader, _Pager) read from a list page.</summary>
public interface IListPage
{
    string? Search { get; }
    string Sort { get; }
    bool Desc { get; }
    int PageNumber { get; }
    int PageSize { get; }
    int Total { get; }
    int PageCount { get; }
    string SearchHint { get; }
    IReadOnlyList<IListColumn> Headers { get; }

    /// <summary>The current query string with some values replaced, so filters survive paging and sorting.</summary>
    IDictionary<string, string?> RouteFor(int? page = null, string? sort = null, bool? desc = null);
}
