using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyManager.Data.Schema;
using PropertyManager.Data.Security;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Security;

/// <summary>
/// Issue 13: as the app's login role in plain SQL, nothing a session says about itself is believed. Each forgery the
/// last review made (settings, a changed user id or write flag, a self-grant, the accounts and the key, the sync's
/// tables) fails. The connection is the tests' login in group <c>pm_app</c>, with a genuine scoped token where a
/// forgery starts from one.
/// </summary>
public sealed class SessionForgeryTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ManagerId = "forgery-manager";
    private const string OtherId = "forgery-other";

    public async Task InitializeAsync()
    {
        await using var db = database.CreateContext();
        if (!await db.Properties.AnyAsync())
        {
            await db.Database.ExecuteSqlRawAsync(SampleRows.Sql);
        }

        await db.Database.ExecuteSqlRawAsync($"""
            DELETE FROM {PortfolioSecurity.AccessTable} WHERE user_id IN ('{ManagerId}', '{OtherId}');
            INSERT INTO {PortfolioSecurity.AccessTable} (user_id, property_id)
                SELECT '{ManagerId}', id FROM properties WHERE buildium_property_id = 1;
            INSERT INTO {PortfolioSecurity.AccessTable} (user_id, property_id) VALUES ('{OtherId}', NULL);
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("pm.access", "all")]
    [InlineData("pm.user_id", OtherId)]
    [InlineData("pm.can_write", "true")]
    public async Task The_old_plain_settings_mean_nothing(string setting, string value)
    {
        await using var connection = await OpenAsync(null);
        await ExecuteAsync(connection, $"SELECT set_config('pm.access', 'scoped', false), set_config('{setting}', '{value}', false)");

        (await CountAsync(connection, "properties")).ShouldBe(0);
        (await CountAsync(connection, "units")).ShouldBe(0);
    }

    [Fact]
    public async Task A_token_with_another_user_id_or_access_is_refused_whatever_its_signature()
    {
        await using var connection = await OpenAsync(DataAccess.Scoped(ManagerId, canWrite: false));
        (await CountAsync(connection, "properties")).ShouldBe(1, "the genuine token sees the one assigned property");
        var token = await ScalarAsync<string>(connection, $"SELECT current_setting('{DataAccessSession.Setting}')");

        foreach (var forged in new[]
        {
            token.Replace($"|{ManagerId}|", $"|{OtherId}|", StringComparison.Ordinal),
            token.Replace("|scoped|", "|all|", StringComparison.Ordinal),
            token.Replace("|false|", "|true|", StringComparison.Ordinal),
            token[..^64] + new string('0', 64),
        })
        {
            forged.ShouldNotBe(token);
            await ExecuteAsync(connection, $"SELECT set_config('{DataAccessSession.Setting}', '{forged}', false)");
            (await CountAsync(connection, "properties")).ShouldBe(0, forged);
            (await ScalarAsync<string>(connection, "SELECT array_to_string(pm_private.session_claims(), '/')")).ShouldBe("none//false");
        }
    }

    [Fact]
    public async Task A_token_copied_to_another_connection_is_refused()
    {
        await using var first = await OpenAsync(DataAccess.All);
        var token = await ScalarAsync<string>(first, $"SELECT current_setting('{DataAccessSession.Setting}')");
        await using var second = await OpenAsync(null);

        await ExecuteAsync(second, $"SELECT set_config('{DataAccessSession.Setting}', '{token}', false)");

        (await CountAsync(second, "properties")).ShouldBe(0, "the token names the backend it was signed for");
    }

    [Fact]
    public async Task A_viewer_cannot_write_and_a_manager_cannot_grant_themselves_more_properties()
    {
        await using var viewer = await OpenAsync(DataAccess.Scoped(ManagerId, canWrite: false));
        (await ExecuteAsync(viewer, "UPDATE properties SET name = 'viewer was here'")).ShouldBe(0);

        await using var manager = await OpenAsync(DataAccess.Scoped(ManagerId, canWrite: true));
        var grant = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(manager,
            $"INSERT INTO {PortfolioSecurity.AccessTable} (user_id, property_id) VALUES ('{ManagerId}', NULL)"));
        grant.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        (await ExecuteAsync(manager, $"UPDATE {PortfolioSecurity.AccessTable} SET property_id = NULL WHERE user_id = '{ManagerId}'")).ShouldBe(0);
        (await CountAsync(manager, "properties")).ShouldBe(1);
    }

    [Theory]
    [InlineData("identity.users")]
    [InlineData("identity.data_protection_keys")]
    [InlineData("identity.user_roles")]
    public async Task A_user_session_reads_no_account_or_key(string table)
    {
        await using var manager = await OpenAsync(DataAccess.Scoped(ManagerId, canWrite: true));
        (await CountAsync(manager, table)).ShouldBe(0);
        await using var all = await OpenAsync(DataAccess.All);
        (await CountAsync(all, table)).ShouldBe(0, "not even the sync's session reads the accounts");
    }

    [Fact]
    public async Task The_session_key_and_its_signer_are_out_of_the_app_roles_reach()
    {
        await using var connection = await OpenAsync(DataAccess.All);
        (await Should.ThrowAsync<PostgresException>(() => ScalarAsync<byte[]>(connection, $"SELECT key FROM {SessionSigningKeys.KeyTable}")))
            .SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        (await Should.ThrowAsync<PostgresException>(() => ScalarAsync<string>(connection, "SELECT pm_private.sign_session('all', '', true, interval '1 hour')")))
            .SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Theory]
    [InlineData("sync_runs")]
    [InlineData("sync_cursors")]
    [InlineData("sync_records")]
    [InlineData("buildium_api_log")]
    public async Task A_user_session_neither_reads_nor_writes_the_sync_tables(string table)
    {
        await using var system = await OpenAsync(DataAccess.All);
        await using var manager = await OpenAsync(DataAccess.Scoped(ManagerId, canWrite: true));

        if (table is "sync_runs" or "buildium_api_log")
        {
            (await CountAsync(system, table)).ShouldBeGreaterThan(0, "the sample rows fill it, so the checks below see something to hide");
        }

        (await CountAsync(manager, table)).ShouldBe(0);
        (await ExecuteAsync(manager, $"DELETE FROM {table}")).ShouldBe(0);
        (await ExecuteAsync(manager, $"UPDATE {table} SET {await AnyColumnAsync(system, table)} = {await AnyColumnAsync(system, table)}")).ShouldBe(0);
        // Row level security judges a new row before its constraints, so even an empty row is refused for the policy.
        (await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(manager, $"INSERT INTO {table} DEFAULT VALUES")))
            .SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    /// <summary>A connection of the app's role carrying a genuine token for <paramref name="access"/> (none when null).</summary>
    private async Task<NpgsqlConnection> OpenAsync(DataAccess? access)
    {
        var connection = new NpgsqlConnection(database.AppConnectionString);
        await connection.OpenAsync();
        if (access is not null)
        {
            await DataAccessSession.ApplyAsync(connection, access);
        }

        return connection;
    }

    private static async Task<string> AnyColumnAsync(NpgsqlConnection connection, string table) =>
        await ScalarAsync<string>(connection, $"SELECT quote_ident(column_name) FROM information_schema.columns WHERE table_name = '{table}' AND column_name <> 'id' ORDER BY ordinal_position LIMIT 1");

    private static Task<long> CountAsync(NpgsqlConnection connection, string table) =>
        ScalarAsync<long>(connection, $"SELECT count(*) FROM {(table.Contains('.', StringComparison.Ordinal) ? table : $"\"{table}\"")}");

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }
}
