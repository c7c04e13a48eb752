using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using PropertyManager.Data;
using PropertyManager.Data.Schema;
using PropertyManager.Data.Security;
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
    private const string LocalAppRole = "propertymanager_app";
    private LocalPostgresCluster? _cluster;

    /// <summary>Resolves the connection string and starts a local cluster when none is configured.</summary>
    public async Task ResolveAsync(CancellationToken cancellationToken)
    {
        var configured = configuration.GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var migrations = configuration.GetConnectionString("Migrations");
            endpoint.Set(
                Validate(configured, "Default"),
                isLocalCluster: false,
                string.IsNullOrWhiteSpace(migrations) ? null : Validate(migrations, "Migrations"));
            if (endpoint.AppRunsAsOwner)
            {
                logger.LogWarning(
                    "Only ConnectionStrings:Default is configured, so the app runs with the rights of the role that owns the tables " +
                    "(it could run DDL and row level security does not bind it). Set ConnectionStrings:Migrations to the owner role " +
                    "and ConnectionStrings:Default to a login role in group {Role}.",
                    PortfolioSecurity.AppRole);
            }

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

            if (_cluster is not null)
            {
                await UseLocalAppRoleAsync(_cluster, cancellationToken);
            }
            else if (!migrator.AppRoleGranted)
            {
                logger.LogWarning(
                    "Group role {Role} does not exist and the migrating role may not create roles: ask a superuser to run " +
                    "CREATE ROLE {Role} NOLOGIN, then migrate again.", PortfolioSecurity.AppRole, PortfolioSecurity.AppRole);
            }
        }
        else
        {
            await migrator.EnsureCurrentAsync(cancellationToken);
        }

        await TrustSessionKeyAsync(cancellationToken);
    }

    /// <summary>
    /// The app's role signs its sessions with the key the migrator read as the owner (the same database under another
    /// spelling of its address too), and the database must accept that signature before a page is served: a wrong key
    /// would otherwise show every user an empty portfolio.
    /// </summary>
    public async Task TrustSessionKeyAsync(CancellationToken cancellationToken)
    {
        if (!SessionSigningKeys.Alias(endpoint.ConnectionString, endpoint.MigrationsConnectionString))
        {
            throw new SchemaProblemException(
                $"The database has no session key ({SessionSigningKeys.KeyTable}): run 'dotnet run --project src/PropertyManager.Web -- migrate' " +
                "as the owner role (ConnectionStrings__Migrations) first.");
        }

        await using var connection = new NpgsqlConnection(endpoint.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await DataAccessSession.ApplyAsync(connection, DataAccess.All, cancellationToken);
        await using var check = new NpgsqlCommand($"SELECT {SessionSecurity.Schema}.session_access()", connection);
        if (await check.ExecuteScalarAsync(cancellationToken) as string != DataAccess.All.Access)
        {
            throw new SchemaProblemException(
                "The database does not accept the app's signed sessions: ConnectionStrings:Default and ConnectionStrings:Migrations " +
                "must name the same database, and its clock must be right. Run 'migrate' again if the session key was replaced.");
        }
    }

    /// <summary>
    /// Before serving: the app's role must be bound by row level security (not a superuser, no BYPASSRLS), unless
    /// <see cref="DatabaseOptions.AllowRowSecurityBypass"/> acknowledges it. Throws a <see cref="SchemaProblemException"/>
    /// whose message says how to fix it.
    /// </summary>
    public async Task EnsureRowSecurityBindsAsync(CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(endpoint.ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT current_user::text, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || !(reader.GetBoolean(1) || reader.GetBoolean(2)))
        {
            return;
        }

        var role = reader.GetString(0);
        var why = reader.GetBoolean(1) ? "is a superuser" : "has BYPASSRLS";
        if (options.Value.AllowRowSecurityBypass)
        {
            logger.LogWarning(
                "The app's database role {Role} {Why}: row level security does not bind it and only the app's own access rules stand " +
                "(Database:AllowRowSecurityBypass=true).", role, why);
            return;
        }

        throw new SchemaProblemException(
            $"The app's database role \"{role}\" {why}, so row level security would not bind it. Set ConnectionStrings:Default " +
            $"to a login role in group {PortfolioSecurity.AppRole} (and ConnectionStrings:Migrations to the owner), or set " +
            "Database:AllowRowSecurityBypass=true to serve anyway.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    /// <summary>
    /// The zero-configuration run connects the web app and worker as a login role of its own in group
    /// <see cref="PortfolioSecurity.AppRole"/>, not as the cluster's superuser; its password lives beside the cluster's.
    /// </summary>
    private async Task UseLocalAppRoleAsync(LocalPostgresCluster cluster, CancellationToken cancellationToken)
    {
        var database = options.Value.LocalDatabaseName;
        var passwordFile = Path.Combine(cluster.RootDirectory, "app-password");
        if (!File.Exists(passwordFile))
        {
            await File.WriteAllTextAsync(passwordFile, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)), cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        var password = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim();
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString(database)))
        {
            await connection.OpenAsync(cancellationToken);
            // The password is hex, so it needs no quoting beyond the literal's.
            await using var command = new NpgsqlCommand($"""
                DO $do$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{LocalAppRole}') THEN CREATE ROLE {LocalAppRole} LOGIN; END IF;
                END $do$;
                ALTER ROLE {LocalAppRole} LOGIN PASSWORD '{password}';
                GRANT {PortfolioSecurity.AppRole} TO {LocalAppRole};
                """, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var app = new NpgsqlConnectionStringBuilder(cluster.ConnectionString(database)) { Username = LocalAppRole, Password = password };
        endpoint.Set(app.ConnectionString, isLocalCluster: true, cluster.ConnectionString(database));
        logger.LogInformation("The app connects to the local PostgreSQL as {Role} (member of {Group})", LocalAppRole, PortfolioSecurity.AppRole);
    }

    private static string Validate(string connectionString, string name)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return connectionString;
        }
        catch (ArgumentException ex)
        {
            throw new SchemaProblemException($"ConnectionStrings:{name} is not a valid PostgreSQL connection string: {ex.Message}", ex);
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
