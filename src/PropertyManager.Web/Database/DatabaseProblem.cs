using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Npgsql;
using PropertyManager.Data.Schema;
using PropertyManager.Web.LocalDatabase;

namespace PropertyManager.Web.Database;

/// <summary>Turns the ways a database can be unusable at start into one line that says what to do.</summary>
public static class DatabaseProblem
{
    /// <summary>The one-line explanation, or null when the exception is not a known database problem.</summary>
    public static string? Describe(Exception exception, string? connectionString)
    {
        var ex = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        return ex switch
        {
            SchemaProblemException or LocalPostgresUnavailableException or OptionsValidationException => ex.Message,
            NpgsqlException or SocketException or TimeoutException =>
                $"Cannot use PostgreSQL at {Where(connectionString)}: {Innermost(ex).Message.TrimEnd('.')}. " +
                "Check ConnectionStrings__Default (host, port, database, user, password) and that the server is running.",
            InvalidOperationException { InnerException: NpgsqlException inner } =>
                $"Cannot use PostgreSQL at {Where(connectionString)}: {Innermost(inner).Message.TrimEnd('.')}. Check ConnectionStrings__Default.",
            _ => null,
        };
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner && ex is not PostgresException ? Innermost(inner) : ex;

    private static string Where(string? connectionString)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(connectionString ?? "");
            return $"{b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException)
        {
            return "the configured address";
        }
    }
}
