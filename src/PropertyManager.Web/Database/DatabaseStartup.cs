using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using PropertyManager.Data;
using PropertyManager.Data.Schema;
using PropertyManager.Web.LocalDatabase;

namespace PropertyManager.Web.Database;

/// <summary>
/// Finds the database before anything else starts: the configured <c>ConnectionStrings:Default</c>, or else a
/// local PostgreSQL cluster it starts itself. Then migrates (zero-configuration run, or when configured) or checks
/// that the schema is current, so the app never serves pages against a database it cannot use.
/// </summary>
public sealed class DatabaseStartup(
    IConfiguration configuration,
    IOptions<DatabaseOptions> options,
    DatabaseEndpoint endpoint,
    IServiceScopeFactory scopes,
    ILogger<DatabaseStartup> logger) : IAsyncDisposable
{
    private LocalPostgresCluster? _cluster;

    /// <summary>Resolves the connection string and starts a local cluster when none is configured.</summary>
    public async Task ResolveAsync(CancellationToken cancellationToken)
    {
        var configured = configuration.GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            endpoint.Set(Validate(configured), isLocalCluster: false);
            return;
        }

        var settings = options.Value;
        var root = string.IsNullOrWhiteSpace(settings.LocalDirectory) ? LocalPostgresCluster.DefaultRootDirectory() : settings.LocalDirectory;
        logger.LogInformation("No ConnectionStrings:Default configured: using the local PostgreSQL in {Directory}", root);
        _cluster = await LocalPostgresCluster.StartPersistentAsync(root, settings.LocalPort, cancellationToken);
        await EnsureDatabaseExistsAsync(_cluster, settings.LocalDatabaseName, cancellationToken);
        endpoint.Set(_cluster.ConnectionString(settings.LocalDatabaseName), isLocalCluster: true);
        logger.LogInformation("Local PostgreSQL listening on 127.0.0.1:{Port}, database {Database}", _cluster.Port, settings.LocalDatabaseName);
    }

    /// <summary>Resolves the database, then migrates it or verifies it is current.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await ResolveAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<SchemaMigrator>();
        if (endpoint.IsLocalCluster || options.Value.MigrateOnStart)
        {
            var applied = await migrator.MigrateAsync(baseline: false, cancellationToken);
            if (applied.Count > 0)
            {
                logger.LogInformation("Applied migrations {Migrations}", applied);
            }
        }
        else
        {
            await migrator.EnsureCurrentAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    private static string Validate(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return connectionString;
        }
        catch (ArgumentException ex)
        {
            throw new SchemaProblemException($"ConnectionStrings:Default is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }
    }

    private static async Task EnsureDatabaseExistsAsync(LocalPostgresCluster cluster, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
