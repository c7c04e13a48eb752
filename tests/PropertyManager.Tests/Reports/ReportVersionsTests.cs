using Npgsql;
using PropertyManager.Data.Reports;
using PropertyManager.Data.Schema;
using PropertyManager.Data.Security;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Reports;

/// <summary>
/// Issue 15: the counter a kept report is checked against moves with every committed change under the report, once per
/// transaction, whoever writes; it stands still for a rolled-back change or one elsewhere; and the app's role only reads it.
/// Also the policies' planner-friendly "reads everything" test, which the lease reports' plans depend on.
/// </summary>
public sealed class ReportVersionsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (await database.ExecuteScalarAsync<long>("SELECT count(*) FROM properties") == 0)
        {
            await database.ExecuteSqlAsync(SampleRows.Sql);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_committed_change_under_the_lease_reports_raises_the_counter_once_per_transaction()
    {
        var start = await VersionAsync();

        // Many rows of several tables in one transaction: one step.
        await database.ExecuteSqlAsync("""
            UPDATE lease_balances SET as_of = as_of;
            UPDATE units SET description = coalesce(description, '') || '.';
            UPDATE tenants SET first_name = first_name;
            """);
        (await VersionAsync()).ShouldBe(start + 1);

        // Each table alone counts, a delete too.
        foreach (var sql in (string[])[
            "UPDATE \"Lease\" SET notes = 'renewal talked about' WHERE buildium_lease_id = 1",
            "UPDATE lease_rents SET total_amount = total_amount WHERE buildium_rent_id = 1",
            "UPDATE lease_tenants SET is_primary = is_primary WHERE lease_id = (SELECT min(lease_id) FROM lease_tenants)",
            "UPDATE properties SET name = name WHERE buildium_property_id = 1",
            "DELETE FROM user_property_access WHERE user_id = 'nobody'; INSERT INTO user_property_access (user_id, property_id) VALUES ('report-test', NULL)",
        ])
        {
            var before = await VersionAsync();
            await database.ExecuteSqlAsync(sql);
            (await VersionAsync()).ShouldBe(before + 1, sql);
        }
    }

    [Fact]
    public async Task A_rolled_back_change_or_one_outside_the_reports_leaves_the_counter_alone()
    {
        var start = await VersionAsync();
        await using (var connection = await OwnerAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using var update = new NpgsqlCommand("UPDATE lease_balances SET total_balance = total_balance + 1", connection, transaction);
            (await update.ExecuteNonQueryAsync()).ShouldBeGreaterThan(0);
            await transaction.RollbackAsync();
        }

        await database.ExecuteSqlAsync("UPDATE vendors SET name = name");
        (await VersionAsync()).ShouldBe(start);
    }

    [Fact]
    public async Task The_app_role_reads_the_counter_but_cannot_move_it()
    {
        await using var connection = new NpgsqlConnection(database.AppConnectionString);
        await connection.OpenAsync();
        await DataAccessSession.ApplyAsync(connection, DataAccess.All);
        await using (var read = new NpgsqlCommand($"SELECT version FROM report_versions WHERE name = '{ReportVersions.Leases}'", connection))
        {
            (await read.ExecuteScalarAsync()).ShouldBeOfType<long>();
        }

        await using var write = new NpgsqlCommand("UPDATE report_versions SET version = 0", connection);
        var refused = await Should.ThrowAsync<PostgresException>(() => write.ExecuteNonQueryAsync());
        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task Every_policy_asks_whether_the_session_reads_everything_as_a_boolean_the_planner_does_not_guess_at_half_a_percent()
    {
        var old = await database.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM pg_policies WHERE schemaname = 'public' AND (qual LIKE '%session_access() AS session_access) = ''all''%' OR with_check LIKE '%session_access() AS session_access) = ''all''%')");
        var boolean = await database.ExecuteScalarAsync<long>(
            $"SELECT count(*) FROM pg_policies WHERE schemaname = 'public' AND qual LIKE '%{SessionSecurity.Schema}.session_reads_all()%'");
        old.ShouldBe(0);
        boolean.ShouldBeGreaterThan(20);

        // The plan of the units table, read by an admin: estimated at half or more of what the planner expects
        // without policies, not at a row or two.
        await database.ExecuteSqlAsync("ANALYZE units");
        var unfiltered = await EstimateAsync(database.ConnectionString, null);
        var asAdmin = await EstimateAsync(database.AppConnectionString, DataAccess.All);
        unfiltered.ShouldBeGreaterThan(100);
        asAdmin.ShouldBeGreaterThanOrEqualTo(unfiltered / 2);
    }

    private static async Task<double> EstimateAsync(string connectionString, DataAccess? access)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        if (access is not null)
        {
            await DataAccessSession.ApplyAsync(connection, access);
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) SELECT * FROM units", connection);
        using var plan = System.Text.Json.JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
        return plan.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
    }

    private Task<long> VersionAsync() =>
        database.ExecuteScalarAsync<long>($"SELECT version FROM report_versions WHERE name = '{ReportVersions.Leases}'");

    private async Task<NpgsqlConnection> OwnerAsync()
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var sign = new NpgsqlCommand(SessionSecurity.SignMigratingSessionSql(), connection);
        await sign.ExecuteNonQueryAsync();
        return connection;
    }
}
