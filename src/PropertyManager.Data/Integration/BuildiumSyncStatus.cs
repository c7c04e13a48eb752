namespace PropertyManager.Data.Integration;

/// <summary>
/// Sync state of one local record (table <c>buildium_sync_status</c>); also the outbox of pending pushes.
/// </summary>
public sealed class BuildiumSyncStatus
{
    public Guid Id { get; set; }
    /// <summary>One of <see cref="SyncEntityTypes"/>.</summary>
    public string? EntityType { get; set; }
    /// <summary>The local record's id (a lease's bigserial id is stored as a UUID derived from it).</summary>
    public Guid? EntityId { get; set; }
    public int? BuildiumId { get; set; }
    public DateTimeOffset? LastSyncedAt { get; set; }
    /// <summary>One of <see cref="SyncStates"/>.</summary>
    public string? SyncStatus { get; set; }
    public string? ErrorMessage { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
