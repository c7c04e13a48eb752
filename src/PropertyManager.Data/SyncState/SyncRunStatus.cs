namespace PropertyManager.Data.SyncState;

/// <summary>The values of <c>sync_runs.status</c>.</summary>
public static class SyncRunStatus
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    /// <summary>Stopped before it finished: cancelled, or its process died (marked by the next run).</summary>
    public const string Interrupted = "interrupted";
}
