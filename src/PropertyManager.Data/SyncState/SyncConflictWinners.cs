namespace PropertyManager.Data.SyncState;

/// <summary>Values of <c>sync_conflicts.winner</c> and <c>resolution</c>.</summary>
public static class SyncConflictWinners
{
    public const string Buildium = "buildium";
    public const string Local = "local";

    /// <summary>Resolution: an admin put the local values back; they are pushed again.</summary>
    public const string ReappliedLocal = "reapplied_local";
}
