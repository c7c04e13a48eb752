using System.Globalization;

namespace PropertyManager.Web.Lists;

/// <summary>
/// Orders list values in memory as PostgreSQL orders them in the database, so a page reads the same whichever
/// served it: nulls after everything ascending (first descending), text by the culture's rules rather than by code
/// point, other values by their own comparison.
/// </summary>
public sealed class SqlOrder : IComparer<object?>
{
    public static SqlOrder Comparer { get; } = new();

    public int Compare(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string a, string b) => string.Compare(a, b, CultureInfo.InvariantCulture, CompareOptions.None),
        _ => Comparer<object>.Default.Compare(x, y),
    };
}
