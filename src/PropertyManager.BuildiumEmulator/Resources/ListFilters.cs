using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Resources;

/// <summary>Building blocks for Buildium's list filters, shared by every endpoint.</summary>
internal static class ListFilters
{
    public static ListFilter<T> IntIn<T>(string key, Func<T, int?> selector)
        where T : class => query => QueryReader.IntSet(query, key) is { } ids ? r => selector(r.Value) is { } id && ids.Contains(id) : null;

    public static ListFilter<T> AnyIntIn<T>(string key, Func<T, IEnumerable<int>?> selector)
        where T : class => query => QueryReader.IntSet(query, key) is { } ids ? r => selector(r.Value)?.Any(ids.Contains) == true : null;

    public static ListFilter<T> IntEquals<T>(string key, Func<T, int?> selector)
        where T : class => query => QueryReader.Int(query, key) is { } id ? r => selector(r.Value) == id : null;

    public static ListFilter<T> EnumEquals<T>(string key, IReadOnlyList<string> allowed, Func<T, string?> selector)
        where T : class => query => QueryReader.Enum(query, key, allowed) is { } value ? r => selector(r.Value) == value : null;

    public static ListFilter<T> EnumIn<T>(string key, IReadOnlyList<string> allowed, Func<T, string?> selector)
        where T : class => query => QueryReader.EnumSet(query, key, allowed) is { } values ? r => selector(r.Value) is { } v && values.Contains(v) : null;

    public static ListFilter<T> Contains<T>(string key, Func<T, IEnumerable<string?>> selector)
        where T : class => query => QueryReader.Text(query, key) is { } text
            ? r => selector(r.Value).Any(v => v is not null && v.Contains(text, StringComparison.OrdinalIgnoreCase))
            : null;

    public static ListFilter<T> DateRange<T>(string fromKey, string toKey, Func<T, DateOnly?> selector)
        where T : class => query =>
        {
            var from = QueryReader.Date(query, fromKey);
            var to = QueryReader.Date(query, toKey);
            if (from is null && to is null)
            {
                return null;
            }

            return r => selector(r.Value) is { } date && (from is null || date >= from) && (to is null || date <= to);
        };

    /// <summary>lastupdatedfrom/to over the internal timestamp, so it works for kinds whose JSON has none.</summary>
    public static ListFilter<T> LastUpdated<T>(TimestampPrecision precision)
        where T : class => TimestampRange<T>("lastupdatedfrom", "lastupdatedto", precision, r => r.LastUpdatedUtc);

    public static ListFilter<T> TimestampRange<T>(string fromKey, string toKey, TimestampPrecision precision, Func<StoredRecord<T>, DateTime?> selector)
        where T : class => query =>
        {
            var from = QueryReader.Timestamp(query, fromKey, precision);
            var to = QueryReader.Timestamp(query, toKey, precision);
            if (from is null && to is null)
            {
                return null;
            }

            return r => selector(r) is { } time
                && (from is not { } f || f.Truncate(time) >= f.Value)
                && (to is not { } t || t.Truncate(time) <= t.Value);
        };

    public static ListFilter<T> Custom<T>(Func<IQueryCollection, Func<T, bool>?> build)
        where T : class => query => build(query) is { } predicate ? r => predicate(r.Value) : null;
}
