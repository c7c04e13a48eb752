namespace PropertyManager.Data.Integration;

/// <summary>The documented values of <c>buildium_sync_status.sync_status</c>.</summary>
public static class SyncStates
{
    public const string Pending = "pending";
    public const string Synced = "synced";
    public const string Failed = "failed";
}
