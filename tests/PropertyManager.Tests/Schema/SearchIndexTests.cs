using Npgsql;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Schema;

/// <summary>The trigram indexes that let ILIKE '%text%' searches skip reading whole tables.</summary>
public sealed class SearchIndexTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_contains_search_on_a_property_name_can_use_its_trigram_index()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var plan = new NpgsqlCommand(
            "SET enable_seqscan = off; EXPLAIN SELECT id FROM properties WHERE name ILIKE '%harbor%'", connection);
        var lines = new List<string>();
        await using (var reader = await plan.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        string.Join('\n', lines).ShouldContain("pm_trgm_properties_name");
    }
}
