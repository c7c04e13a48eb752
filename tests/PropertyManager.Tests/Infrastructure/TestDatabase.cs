using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Security;

namespace PropertyManager.Tests.Infrastructure;

/// <summary>A migrated database of its own for one test class (xunit class fixture), dropped afterwards.</summary>
public class TestDatabase : IAsyncLifetime
{
    private PostgresServer? _server;

    protected virtual bool Migrated => true;

    public string Name { get; private set; } = "";
    public string ConnectionString { get; private set; } = "";

    /// <summary>The database as the app's role (group <c>pm_app</c>) sees it: row level security applies.</summary>
    public string AppConnectionString { get; private set; } = "";
    public PostgresServer Server => _server ?? throw new InvalidOperationException("Not initialised.");

    public AppDbContext CreateContext() => new(AppDbContextOptions.Create(ConnectionString));

    /// <summary>A context as the app's role with <paramref name="access"/>, as a request or the sync would have it.</summary>
    public AppDbContext CreateAppContext(DataAccess access) =>
        new(AppDbContextOptions.Create(AppConnectionString, scope: new FixedDataAccessScope(access)));

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.InstanceAsync();
        Name = await _server.CreateDatabaseAsync(Migrated);
        ConnectionString = _server.ConnectionString(Name);
        AppConnectionString = _server.AppConnectionString(Name);
        if (Migrated)
        {
            // A clone carries the template's session key; as the app would, sign this database's sessions with it.
            await SessionSigningKeys.LoadAsync(ConnectionString);
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null && Name.Length > 0)
        {
            await _server.DropDatabaseAsync(Name);
        }
    }

    /// <summary>Runs raw SQL, for checks that must bypass EF Core.</summary>
    public async Task<int> ExecuteSqlAsync(string sql)
    {
        await using var db = CreateContext();
        return await db.Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>One value from raw SQL, e.g. from the <c>identity</c> schema that <see cref="AppDbContext"/> does not map.</summary>
    public async Task<T> ExecuteScalarAsync<T>(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
