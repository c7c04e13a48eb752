using System.Net.Sockets;
using Npgsql;
using PropertyManager.Data;
using PropertyManager.Data.Schema;
using PropertyManager.Web.LocalDatabase;
using Testcontainers.PostgreSql;

namespace PropertyManager.Tests.Infrastructure;

/// <summary>
/// The one PostgreSQL server of a test run, found in this order: <c>PM_TEST_POSTGRES</c> (a connection string to a
/// server where the user may create databases); Testcontainers when a Docker engine answers; a throwaway cluster
/// from the local PostgreSQL binaries. A template database is migrated once, and every test class clones it.
/// </summary>
public sealed class PostgresServer
{
    private const string TemplateName = "pm_template";
    private const string AppLogin = "pm_test_app";
    private static readonly Lazy<Task<PostgresServer>> _instance = new(StartAsync);
    private readonly string _adminConnectionString;

    private PostgresServer(string adminConnectionString, string source)
    {
        _adminConnectionString = adminConnectionString;
        Source = source;
    }

    /// <summary>Where the server came from, for diagnostics.</summary>
    public string Source { get; }

    public static Task<PostgresServer> InstanceAsync() => _instance.Value;

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    /// <summary>
    /// The same database as the app's own role would see it: a login role in group <c>pm_app</c> that owns nothing,
    /// so row level security binds it (the server's user is a superuser and bypasses it).
    /// </summary>
    public string AppConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_adminConnectionString)
        {
            Database = database,
            Pooling = true,
            Username = AppLogin,
            Password = AppLogin,
        }.ConnectionString;

    /// <summary>Creates a database, migrated (a clone of the template) or empty.</summary>
    public async Task<string> CreateDatabaseAsync(bool migrated = true)
    {
        var name = "pm_test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {(migrated ? TemplateName : "template0")}");
        return name;
    }

    public async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var server = Environment.GetEnvironmentVariable("PM_TEST_POSTGRES") is { Length: > 0 } configured
            ? new PostgresServer(configured, "PM_TEST_POSTGRES")
            : await TryContainerAsync() ?? await StartLocalClusterAsync();
        await server.CreateTemplateAsync();
        return server;
    }

    private static async Task<PostgresServer?> TryContainerAsync()
    {
        if (!DockerMayAnswer())
        {
            return null;
        }

        try
        {
            var container = new PostgreSqlBuilder("postgres:15").Build();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await container.StartAsync(timeout.Token);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return new PostgresServer(container.GetConnectionString(), "Testcontainers");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A Docker client without a working engine is common (this is such a machine): fall back quietly.
            await Console.Error.WriteLineAsync($"Testcontainers unavailable ({ex.GetType().Name}: {ex.Message}); using local PostgreSQL binaries.");
            return null;
        }
    }

    private static bool DockerMayAnswer()
    {
        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 })
        {
            return true;
        }

        const string socket = "/var/run/docker.sock";
        if (!File.Exists(socket))
        {
            return false;
        }

        try
        {
            using var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            probe.Connect(new UnixDomainSocketEndPoint(socket));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task<PostgresServer> StartLocalClusterAsync()
    {
        LocalPostgresCluster cluster;
        try
        {
            cluster = await LocalPostgresCluster.StartThrowawayAsync(CancellationToken.None);
        }
        catch (LocalPostgresUnavailableException ex)
        {
            throw new InvalidOperationException(
                "No PostgreSQL for the tests: set PM_TEST_POSTGRES to a connection string, start a Docker engine, " +
                "or install the PostgreSQL server binaries (apt-get install postgresql). " + ex.Message, ex);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        };
        return new PostgresServer(cluster.ConnectionString("postgres"), "local cluster in " + cluster.RootDirectory);
    }

    private async Task CreateTemplateAsync()
    {
        await ExecuteAsync($"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE)");
        await ExecuteAsync($"CREATE DATABASE {TemplateName}");
        await SchemaMigrator.MigrateAsync(ConnectionString(TemplateName), baseline: false, CancellationToken.None);
        // Roles belong to the server, not the database: the migration made the group, the tests' login joins it.
        await ExecuteAsync($$"""
            DO $do$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{{AppLogin}}') THEN CREATE ROLE {{AppLogin}} LOGIN PASSWORD '{{AppLogin}}'; END IF;
            END $do$;
            GRANT {{PortfolioSecurity.AppRole}} TO {{AppLogin}};
            """);

        // CREATE DATABASE ... TEMPLATE needs the template to have no open connections.
        NpgsqlConnection.ClearAllPools();
    }
}
