using System.Text;
using Npgsql;

namespace PropertyManager.Tests.Infrastructure;

/// <summary>Row count and a hash of every table's content: any insert or update shows (logs left out).</summary>
public static class DatabaseSnapshot
{
    public static async Task<string> TakeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_%' AND tablename NOT IN ('buildium_api_log', 'buildium_webhook_events') ORDER BY 1",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new StringBuilder();
        foreach (var table in tables)
        {
            await using var hash = new NpgsqlCommand(
                $"SELECT count(*)::text || ':' || md5(coalesce(string_agg(x::text, '' ORDER BY x::text), '')) FROM \"{table}\" x", connection);
            snapshot.Append(table).Append('=').Append(await hash.ExecuteScalarAsync()).Append(' ');
        }

        return snapshot.ToString();
    }
}
