namespace PropertyManager.Data.SyncState;

/// <summary>Where the pull of one entity kind stands (table <c>sync_cursors</c>).</summary>
public sealed class SyncCursor
{
    public string Kind { get; set; } = "";
    /// <summary>
    /// Start time of the last run that pulled this kind completely: the next incremental pull reads changes since
    /// then. It moves only once the whole kind is committed, so a run that dies part-way is simply repeated (upserts
    /// are idempotent): nothing lost, nothing duplicated.
    /// </summary>
    public DateTimeOffset? CompletedFrom { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
