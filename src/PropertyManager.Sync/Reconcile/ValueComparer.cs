using System.Collections;
using System.Text.Json;
using PropertyManager.Buildium.Common;

namespace PropertyManager.Sync.Reconcile;

/// <summary>Equality of column values as PostgreSQL stores them (microsecond timestamps, JSON by content, arrays by element, a tax id and its mask).</summary>
internal static class ValueComparer
{
    public static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (DateTimeOffset x, DateTimeOffset y) => x.UtcTicks / 10 == y.UtcTicks / 10,
        (DateTime x, DateTime y) => x.Ticks / 10 == y.Ticks / 10,
        (decimal x, decimal y) => x == y,
        // Buildium reads an SSN back masked; the full id kept here (BulkUpserter) is the same value.
        (string x, string y) => x == y || TaxPayerIds.MasksOf(x, y) || TaxPayerIds.MasksOf(y, x),
        (JsonDocument x, JsonDocument y) => JsonElement.DeepEquals(x.RootElement, y.RootElement),
        (IEnumerable x, IEnumerable y) when a is not string => x.Cast<object?>().SequenceEqual(y.Cast<object?>()),
        _ => a.Equals(b),
    };
}
