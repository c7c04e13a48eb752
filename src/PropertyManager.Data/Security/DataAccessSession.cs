using System.Data.Common;
using Npgsql;

namespace PropertyManager.Data.Security;

/// <summary>
/// Hands a <see cref="DataAccess"/> to PostgreSQL as a signed token (<see cref="SessionToken"/>) in the session
/// setting <c>pm.session</c>, in one round trip. The token names the connection's backend, so it is worth nothing on
/// another connection. Without the database's key (<see cref="SessionSigningKeys"/>) the token is empty and the
/// connection sees nothing, unless its role bypasses row level security.
/// </summary>
public static class DataAccessSession
{
    /// <summary>The one setting the policies read; the old <c>pm.access</c>, <c>pm.user_id</c> and <c>pm.can_write</c> mean nothing any more.</summary>
    public const string Setting = "pm.session";

    private const string Sql = $"SELECT set_config('{Setting}', $1, false)";

    public static async Task ApplyAsync(DbConnection connection, DataAccess access, CancellationToken cancellationToken = default)
    {
        await using var command = Create(connection, access);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static void Apply(DbConnection connection, DataAccess access)
    {
        using var command = Create(connection, access);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The same session as a connection start-up option, for a data source of its own that never resets its
    /// connections (the webhook writer): <paramref name="connectionString"/> with <c>-c pm.session=...</c> added. The
    /// token is not bound to a backend, so the database accepts it for the webhook scope only.
    /// </summary>
    public static string WithAccess(string connectionString, DataAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var key = SessionSigningKeys.Find(connectionString);
        var token = key is null ? "" : SessionToken.Create(access, 0, DateTimeOffset.UtcNow + SessionToken.ConnectionOptionLifetime, key);
        // The token holds no spaces or backslashes, so it needs no escaping in the options string.
        var options = $"-c {Setting}={token}";
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? options : builder.Options + " " + options;
        return builder.ConnectionString;
    }

    /// <summary>The token for <paramref name="access"/> on this open connection, or empty when the database's key is unknown.</summary>
    public static string TokenFor(DbConnection connection, DataAccess access)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(access);
        if (connection is not NpgsqlConnection npgsql || SessionSigningKeys.Find(npgsql) is not { } key)
        {
            return "";
        }

        return SessionToken.Create(access, npgsql.ProcessID, DateTimeOffset.UtcNow + SessionToken.Lifetime, key);
    }

    private static DbCommand Create(DbConnection connection, DataAccess access)
    {
        var token = TokenFor(connection, access);
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.Add(new NpgsqlParameter { Value = token });
        return command;
    }
}
