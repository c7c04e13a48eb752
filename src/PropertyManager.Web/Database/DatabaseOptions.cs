using System.ComponentModel.DataAnnotations;

namespace PropertyManager.Web.Database;

/// <summary>Section <c>Database</c>: how the app finds and prepares its PostgreSQL database.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Apply pending migrations at start. Always done for the zero-configuration local database.</summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>Where the zero-configuration database keeps its files; empty means one per checkout (see <c>LocalPostgresCluster.DefaultRootDirectory</c>).</summary>
    public string? LocalDirectory { get; set; }

    /// <summary>The port the zero-configuration database prefers (another free one is used if it is taken; 0 means any).</summary>
    [Range(0, 65535)]
    public int LocalPort { get; set; } = 54329;

    /// <summary>
    /// Serve even though the app's role is a superuser or has BYPASSRLS, so row level security does not bind it and only
    /// the app's own access rules stand (ADR-014). Off: the app refuses to serve as such a role.
    /// </summary>
    public bool AllowRowSecurityBypass { get; set; }

    /// <summary>Name of the zero-configuration database.</summary>
    [Required]
    public string LocalDatabaseName { get; set; } = "propertymanager";
}
