using System.Text.Json;

namespace PropertyManager.Sync.Conflicts;

/// <summary>Small readings both sides of the conflict check need.</summary>
internal static class ConflictMath
{
    /// <summary>Buildium's <c>LastUpdatedDateTime</c> from a message's JSON, when the kind has one (leases, tasks).</summary>
    public static DateTimeOffset? BuildiumUpdatedAt(JsonElement message) =>
        message.ValueKind == JsonValueKind.Object
        && message.TryGetProperty("LastUpdatedDateTime", out var value)
        && value.ValueKind == JsonValueKind.String
        && value.TryGetDateTimeOffset(out var at)
            ? at
            : null;

    /// <summary>The local <c>UpdatedAt</c>; the lease table keeps it as UTC wall-clock time without a zone.</summary>
    public static DateTimeOffset? LocalUpdatedAt(object entity) => entity.GetType().GetProperty("UpdatedAt")?.GetValue(entity) switch
    {
        DateTimeOffset at => at,
        DateTime at => new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)),
        _ => null,
    };
}
