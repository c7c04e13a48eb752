namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>Orders sort keys with nulls first and strings case-insensitively, like a SQL collation would.</summary>
internal sealed class SortValueComparer : IComparer<object?>
{
    public static SortValueComparer Instance { get; } = new();

    public int Compare(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string a, string b) => StringComparer.OrdinalIgnoreCase.Compare(a, b),
        _ => Comparer<object>.Default.Compare(x, y),
    };
}
