namespace PropertyManager.Web.Database;

/// <summary>
/// The connection strings the app uses. <c>ConnectionStrings:Default</c> is the app's role (pages, sync, worker):
/// a member of <c>pm_app</c> that owns nothing. <c>ConnectionStrings:Migrations</c> is the owner role that runs the
/// migrations; without it the Default role does both (as before issue #7, with owner rights). With neither, the
/// local cluster that <see cref="DatabaseStartup"/> started. The DbContext reads them lazily from here.
/// </summary>
public sealed class DatabaseEndpoint(IConfiguration configuration)
{
    private string? _connectionString;
    private string? _migrationsConnectionString;

    public string ConnectionString =>
        _connectionString
        ?? (configuration.GetConnectionString("Default") is { Length: > 0 } configured ? configured : null)
        ?? throw new InvalidOperationException("No database: ConnectionStrings:Default is empty and no local cluster was started.");

    /// <summary>The owner role's connection string: migrations, baseline, schema checks.</summary>
    public string MigrationsConnectionString =>
        _migrationsConnectionString
        ?? (configuration.GetConnectionString("Migrations") is { Length: > 0 } configured ? configured : null)
        ?? ConnectionString;

    public bool IsLocalCluster { get; private set; }

    /// <summary>True when the app and the migrations share one role, which then owns the tables.</summary>
    public bool AppRunsAsOwner => string.Equals(ConnectionString, MigrationsConnectionString, StringComparison.Ordinal);

    internal void Set(string connectionString, bool isLocalCluster, string? migrationsConnectionString = null)
    {
        _connectionString = connectionString;
        _migrationsConnectionString = migrationsConnectionString;
        IsLocalCluster = isLocalCluster;
    }
}
