using Npgsql;

namespace PropertyManager.Sync.Runs;

/// <summary>
/// A PostgreSQL session advisory lock held for a whole run on a connection of its own, so two app instances on one
/// database never sync at once; it is released when the run ends or its connection dies.
/// </summary>
public sealed class SyncLock : IAsyncDisposable
{
    // "PMSYNC" as a number: an arbitrary key no other feature uses.
    private const long Key = 0x504D53594E43;
    private readonly NpgsqlConnection _connection;

    private SyncLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<SyncLock?> TryAcquireAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", Key);
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            return new SyncLock(connection);
        }

        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteScalarAsync();
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
