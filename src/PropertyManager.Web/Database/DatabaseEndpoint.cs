namespace PropertyManager.Web.Database;

/// <summary>
/// The connection string the app uses: the configured <c>ConnectionStrings:Default</c>, or the local cluster that
/// <see cref="DatabaseStartup"/> started when none is configured. The DbContext reads it lazily from here.
/// </summary>
public sealed class DatabaseEndpoint(IConfiguration configuration)
{
    private string? _connectionString;

    public string ConnectionString =>
        _connectionString
        ?? (configuration.GetConnectionString("Default") is { Length: > 0 } configured ? configured : null)
        ?? throw new InvalidOperationException("No database: ConnectionStrings:Default is empty and no local cluster was started.");

    public bool IsLocalCluster { get; private set; }

    internal void Set(string connectionString, bool isLocalCluster)
    {
        _connectionString = connectionString;
        IsLocalCluster = isLocalCluster;
    }
}
