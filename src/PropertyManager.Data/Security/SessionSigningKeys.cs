using System.Collections.Concurrent;
using Npgsql;

namespace PropertyManager.Data.Security;

/// <summary>
/// The session key of each database this process talks to, by host, port and database, so every connection to it
/// (the app's role or the owner) signs with it. Only the owner role can read the key (<c>pm_private</c>): the schema
/// migrator loads it on its connection; a database without a key here gets no valid token (fail closed).
/// </summary>
public static class SessionSigningKeys
{
    public const string KeyTable = "pm_private.session_signing_key";

    private static readonly ConcurrentDictionary<(string Host, int Port, string Database), byte[]> _keys = new();

    public static void Register(string connectionString, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _keys[Of(new NpgsqlConnectionStringBuilder(connectionString))] = key;
    }

    /// <summary>Lets the connections of <paramref name="connectionString"/> sign with the key known for <paramref name="sameDatabase"/>.</summary>
    public static bool Alias(string connectionString, string sameDatabase)
    {
        if (Find(sameDatabase) is not { } key)
        {
            return false;
        }

        Register(connectionString, key);
        return true;
    }

    public static byte[]? Find(string connectionString) =>
        _keys.TryGetValue(Of(new NpgsqlConnectionStringBuilder(connectionString)), out var key) ? key : null;

    internal static byte[]? Find(NpgsqlConnection connection) =>
        _keys.TryGetValue((Normalize(connection.Host), connection.Port, connection.Database ?? ""), out var key) ? key : null;

    /// <summary>Reads the key as the owner on <paramref name="connection"/>; false when the database has none yet (not migrated).</summary>
    public static async Task<bool> LoadAsync(NpgsqlConnection connection, string connectionString, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // Two statements: PostgreSQL resolves a table name when it plans, so one query would fail before migrating.
        await using (var exists = new NpgsqlCommand($"SELECT to_regclass('{KeyTable}') IS NOT NULL", connection))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return false;
            }
        }

        await using var command = new NpgsqlCommand($"SELECT key FROM {KeyTable} WHERE id = 1", connection);
        if (await command.ExecuteScalarAsync(cancellationToken) is not byte[] key)
        {
            return false;
        }

        Register(connectionString, key);
        return true;
    }

    /// <summary>Opens <paramref name="ownerConnectionString"/> and reads its key (tests, tools).</summary>
    public static async Task<bool> LoadAsync(string ownerConnectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        return await LoadAsync(connection, ownerConnectionString, cancellationToken);
    }

    private static (string, int, string) Of(NpgsqlConnectionStringBuilder builder) =>
        (Normalize(builder.Host), builder.Port, builder.Database ?? builder.Username ?? "");

    private static string Normalize(string? host) => (host ?? "").Trim().ToLowerInvariant();
}
