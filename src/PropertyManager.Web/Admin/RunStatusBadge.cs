using PropertyManager.Data.SyncState;

namespace PropertyManager.Web.Admin;

/// <summary>The badge colour of a sync run's status, the same on the dashboard and every sync page.</summary>
public static class RunStatusBadge
{
    public static string CssClass(string status) => status switch
    {
        SyncRunStatus.Succeeded => "text-bg-success",
        SyncRunStatus.Running => "text-bg-info",
        SyncRunStatus.Interrupted => "text-bg-warning",
        _ => "text-bg-danger",
    };
}
