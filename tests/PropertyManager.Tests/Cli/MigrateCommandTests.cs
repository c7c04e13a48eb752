using Npgsql;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Schema;

namespace PropertyManager.Tests.Cli;

/// <summary>The <c>migrate</c> verb, run as the real app process against real databases.</summary>
public sealed class MigrateCommandTests : IAsyncLifetime
{
    private readonly List<string> _databases = [];
    private PostgresServer _server = null!;

    public async Task InitializeAsync() => _server = await PostgresServer.InstanceAsync();

    public async Task DisposeAsync()
    {
        foreach (var name in _databases)
        {
            await _server.DropDatabaseAsync(name);
        }
    }

    [Fact]
    public async Task Migrate_on_an_empty_database_creates_the_documented_schema_and_is_idempotent()
    {
        var cs = await NewDatabaseAsync(migrated: false);

        var first = await MigrateAsync(cs);
        first.ExitCode.ShouldBe(0, first.StdErr);
        first.StdOut.ShouldContain($"Applied {KnownMigrations.Count} migration(s)");

        var schema = await SchemaSnapshot.ReadAsync(cs);
        SchemaConformance.AssertColumnsMatchDocument(schema);
        SchemaConformance.AssertDocumentedIndexes(schema);
        SchemaConformance.AssertSyncKeysAndRelationships(schema);
        SchemaConformance.AssertRowLevelSecurityAndTriggers(schema);

        var second = await MigrateAsync(cs);
        second.ExitCode.ShouldBe(0, second.StdErr);
        second.StdOut.ShouldContain("up to date");
    }

    [Fact]
    public async Task Migrate_encrypts_tax_ids_and_bank_numbers_left_in_plaintext_by_an_older_version()
    {
        var cs = await NewDatabaseAsync(migrated: true);
        await ExecuteAsync(cs, "INSERT INTO owners (company_name, is_company, tax_payer_id, tax_id) VALUES ('Legacy Co', true, '31-4159265', '31-4159265')");
        await ExecuteAsync(cs, "INSERT INTO vendors (name, tax_id) VALUES ('Legacy Vendor', '27-1828182')");

        var result = await MigrateAsync(cs);

        result.ExitCode.ShouldBe(0, result.StdErr);
        result.StdOut.ShouldContain("Encrypted 3 sensitive value(s)");
        (await ScalarAsync(cs, "SELECT tax_payer_id FROM owners WHERE company_name = 'Legacy Co'") as string).ShouldStartWith("enc:v1:");
        (await ScalarAsync(cs, "SELECT count(*) FROM vendors WHERE tax_id LIKE '%1828182%'")).ShouldBe(0L);
        (await MigrateAsync(cs)).StdOut.ShouldContain("Encrypted 0 sensitive value(s)", customMessage: "already encrypted values are left alone");
    }

    [Fact]
    public async Task A_hand_built_database_is_refused_by_plain_migrate_and_adopted_by_baseline()
    {
        var cs = await NewDatabaseAsync(migrated: false);
        await ExecuteAsync(cs, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Schema", "documented-schema.sql")));
        await ExecuteAsync(cs, "INSERT INTO properties (name, city) VALUES ('Existing data', 'Keeps')");

        var refused = await MigrateAsync(cs);
        refused.ExitCode.ShouldBe(1);
        refused.StdErr.ShouldContain("--baseline");
        (await ScalarAsync(cs, "SELECT to_regclass('\"__EFMigrationsHistory\"') IS NULL")).ShouldBe(true, "plain migrate changed nothing");

        var adopted = await MigrateAsync(cs, "--baseline");
        adopted.ExitCode.ShouldBe(0, adopted.StdErr);
        adopted.StdOut.ShouldContain("Baselined");

        // The adopted database ends up exactly like a freshly migrated one, and keeps its data.
        var fresh = await SchemaSnapshot.ReadAsync(await NewDatabaseAsync(migrated: true));
        var baselined = await SchemaSnapshot.ReadAsync(cs);
        baselined.Columns.ShouldBe(fresh.Columns);
        baselined.Indexes.ShouldBe(fresh.Indexes);
        baselined.ForeignKeys.ShouldBe(fresh.ForeignKeys);
        baselined.Tables.ShouldBe(fresh.Tables);
        (await ScalarAsync(cs, "SELECT city FROM properties WHERE name = 'Existing data'")).ShouldBe("Keeps");
        // The accounts are not part of the document: a baseline creates them in their schema like a fresh migrate.
        (await ScalarAsync(cs, "SELECT string_agg(name, ',' ORDER BY name) FROM identity.roles")).ShouldBe("Accountant,Admin,Manager,Viewer");
    }

    [Fact]
    public async Task Baseline_refuses_a_database_that_lacks_documented_columns_and_changes_nothing()
    {
        var cs = await NewDatabaseAsync(migrated: false);
        await ExecuteAsync(cs, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Schema", "documented-schema.sql")));
        await ExecuteAsync(cs, "ALTER TABLE units DROP COLUMN unit_type");

        var result = await MigrateAsync(cs, "--baseline");

        result.ExitCode.ShouldBe(1);
        result.StdErr.ShouldContain("\"units\".\"unit_type\" is missing");
        (await ScalarAsync(cs, "SELECT to_regclass('\"__EFMigrationsHistory\"') IS NULL")).ShouldBe(true);
    }

    [Fact]
    public async Task A_database_at_a_newer_migration_than_the_code_is_refused_with_one_clear_line()
    {
        var cs = await NewDatabaseAsync(migrated: true);
        await ExecuteAsync(cs, "INSERT INTO \"__EFMigrationsHistory\" VALUES ('29990101000000_FromTheFuture', '99.0.0')");

        var result = await MigrateAsync(cs);

        result.ExitCode.ShouldBe(1);
        result.StdErr.ShouldContain("newer schema than this build");
        result.StdErr.ShouldContain("29990101000000_FromTheFuture");
        ShouldBeOneLineWithoutStackTrace(result.StdErr);
    }

    [Fact]
    public async Task A_missing_table_is_named()
    {
        var cs = await NewDatabaseAsync(migrated: true);
        await ExecuteAsync(cs, "DROP TABLE buildium_api_log");

        var result = await MigrateAsync(cs);

        result.ExitCode.ShouldBe(1);
        result.StdErr.ShouldContain("buildium_api_log");
        result.StdErr.ShouldContain("missing");
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_in_one_line()
    {
        var result = await MigrateWithAsync("Host=127.0.0.1;Port=1;Database=nowhere;Username=nobody;Password=x;Timeout=3");

        result.ExitCode.ShouldBe(1);
        result.StdErr.ShouldContain("Cannot use PostgreSQL at 127.0.0.1:1/nowhere");
        result.StdErr.ShouldContain("ConnectionStrings__Default");
        ShouldBeOneLineWithoutStackTrace(result.StdErr);
    }

    [Fact]
    public async Task A_malformed_connection_string_is_reported_in_one_line()
    {
        var result = await MigrateWithAsync("this is not=a;connection string at all");

        result.ExitCode.ShouldBe(1);
        result.StdErr.ShouldContain("not a valid PostgreSQL connection string");
        ShouldBeOneLineWithoutStackTrace(result.StdErr);
    }

    [Fact]
    public async Task Without_a_connection_string_or_postgres_binaries_it_names_the_three_ways_out()
    {
        var result = await AppProcess.RunAsync(
            new Dictionary<string, string?> { ["PM_POSTGRES_BIN"] = "/nonexistent", ["Database__LocalDirectory"] = Path.Combine(Path.GetTempPath(), "pm-never") },
            "migrate");

        result.ExitCode.ShouldBe(1);
        result.StdErr.ShouldContain("install PostgreSQL");
        result.StdErr.ShouldContain("docker compose up");
        result.StdErr.ShouldContain("ConnectionStrings__Default");
    }

    [Fact]
    public async Task Help_lists_the_verbs()
    {
        var result = await AppProcess.RunAsync(new Dictionary<string, string?>(), "--help");

        result.ExitCode.ShouldBe(0);
        result.StdOut.ShouldContain("migrate");
        result.StdOut.ShouldContain("Without a verb it runs the web app");
    }

    private static void ShouldBeOneLineWithoutStackTrace(string stderr)
    {
        stderr.Trim().Split('\n').Length.ShouldBe(1, stderr);
        stderr.ShouldNotContain("   at ");
    }

    private async Task<string> NewDatabaseAsync(bool migrated)
    {
        var name = await _server.CreateDatabaseAsync(migrated);
        _databases.Add(name);
        return _server.ConnectionString(name);
    }

    private static Task<(int ExitCode, string StdOut, string StdErr)> MigrateAsync(string connectionString, params string[] extra) =>
        MigrateWithAsync(connectionString, extra);

    private static Task<(int ExitCode, string StdOut, string StdErr)> MigrateWithAsync(string connectionString, params string[] extra) =>
        AppProcess.RunAsync(new Dictionary<string, string?> { ["ConnectionStrings__Default"] = connectionString }, ["migrate", .. extra]);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
