using System.Linq.Expressions;

namespace PropertyManager.Web.Lists;

/// <summary>
/// One column of a list page: its header, how to sort by it (null: not sortable) and its value in the CSV export.
/// The table cells themselves stay in each page's markup, where links and badges belong.
/// </summary>
public sealed record ListColumn<TRow>(
    string Key,
    string Header,
    Expression<Func<TRow, object?>>? SortBy,
    Func<TRow, object?> Value,
    bool Numeric = false) : IListColumn
{
    public bool Sortable => SortBy is not null;
}
