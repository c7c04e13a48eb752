using System.Text.Json;

namespace PropertyManager.Data.SyncState;

/// <summary>
/// A record changed on both sides since the last sync (table <c>sync_conflicts</c>). The policy picked a winner; the
/// loser's values of the fields both sides changed are kept here so an admin can see them and re-apply the local ones.
/// </summary>
public sealed class SyncConflict
{
    public Guid Id { get; set; }

    /// <summary>The <c>SyncEntityTypes</c> value (also the pull kind).</summary>
    public string Kind { get; set; } = "";

    public int BuildiumId { get; set; }

    /// <summary>The local record's id (a lease's as <c>SyncEntityIds.FromLeaseId</c>).</summary>
    public Guid LocalId { get; set; }

    public DateTimeOffset DetectedAt { get; set; }

    /// <summary>One of <see cref="SyncConflictWinners"/>.</summary>
    public string Winner { get; set; } = "";

    /// <summary>The local values of the contested fields, by entity property name.</summary>
    public JsonDocument? LocalValues { get; set; }

    /// <summary>Buildium's values of the contested fields, in local terms, by entity property name.</summary>
    public JsonDocument? BuildiumValues { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>How it was resolved, e.g. <see cref="SyncConflictWinners.ReappliedLocal"/>.</summary>
    public string? Resolution { get; set; }
}
