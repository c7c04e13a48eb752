using Npgsql;
using PropertyManager.Data;
using PropertyManager.Data.Schema;
using PropertyManager.Web.LocalDatabase;

namespace PropertyManager.Bench.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster from the local binaries (the test suite's, with fsync off) and fresh, migrated
/// databases in it, one per measured run, so no run starts from another's rows.
/// </summary>
internal sealed class BenchDatabases : IAsyncDisposable
{
    private readonly LocalPostgresCluster _cluster;
    private int _next;

    private BenchDatabases(LocalPostgresCluster cluster) => _cluster = cluster;

    public static async Task<BenchDatabases> StartAsync(CancellationToken cancellationToken) =>
        new(await LocalPostgresCluster.StartThrowawayAsync(cancellationToken));

    /// <summary>Creates and migrates a new empty database; returns its connection string.</summary>
    public async Task<string> CreateAsync(string purpose, CancellationToken cancellationToken)
    {
        var name = $"bench_{purpose.Replace('-', '_')}_{Interlocked.Increment(ref _next)}";
        await using (var connection = new NpgsqlConnection(_cluster.ConnectionString("postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var connectionString = _cluster.ConnectionString(name);
        await SchemaMigrator.MigrateAsync(connectionString, baseline: false, cancellationToken);
        return connectionString;
    }

    /// <summary>Drops a database no later scenario needs, so a long run does not fill the disk.</summary>
    public async Task DropAsync(string connectionString, CancellationToken cancellationToken)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        // Our own pooled connections to it would block the drop; the worker processes have exited.
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_cluster.ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();
}
