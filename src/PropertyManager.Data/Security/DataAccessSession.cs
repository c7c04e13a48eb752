using System.Data.Common;
using Npgsql;

namespace PropertyManager.Data.Security;

/// <summary>Sets the session settings of a <see cref="DataAccess"/> on an open connection, in one round trip.</summary>
public static class DataAccessSession
{
    private const string Sql =
        "SELECT set_config('pm.access', $1, false), set_config('pm.user_id', $2, false), set_config('pm.can_write', $3, false)";

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
    /// The same settings as connection start-up options, for connections the app opens without EF Core (a data
    /// source of their own): <paramref name="connectionString"/> with <c>-c pm.access=...</c> added.
    /// </summary>
    public static string WithAccess(string connectionString, DataAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var options = $"-c pm.access={access.Access} -c pm.can_write={(access.CanWrite ? "true" : "false")}";
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? options : builder.Options + " " + options;
        return builder.ConnectionString;
    }

    private static DbCommand Create(DbConnection connection, DataAccess access)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(access);
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.Add(new NpgsqlParameter { Value = access.Access });
        command.Parameters.Add(new NpgsqlParameter { Value = access.UserId ?? "" });
        command.Parameters.Add(new NpgsqlParameter { Value = access.CanWrite ? "true" : "false" });
        return command;
    }
}
