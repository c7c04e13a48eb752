namespace PropertyManager.Data.SyncState;

/// <summary>Where the pull of one entity kind stands (table <c>sync_cursors</c>).</summary>
public sealed class SyncCursor
{
    public string Kind { get; set; } = "";
    /// <summary>Start time of the last run that pulled this kind completely: the next incremental pull reads changes since then.</summary>
    public DateTimeOffset? CompletedFrom { get; set; }
    /// <summary>The run that is part-way through this kind, and the offset of the next page to read, for resuming after a crash.</summary>
    public Guid? ResumeRunId { get; set; }
    public int ResumeOffset { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
