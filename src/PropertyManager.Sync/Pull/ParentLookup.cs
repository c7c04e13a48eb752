using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyManager.Data;

namespace PropertyManager.Sync.Pull;

/// <summary>
/// Buildium id to local id of the parent tables, loaded once per run per table and extended as the run upserts
/// parents, so children resolve their foreign keys without a query per row.
/// </summary>
public sealed class ParentLookup(AppDbContext db)
{
    private readonly Dictionary<string, Dictionary<int, object>> _tables = new(StringComparer.Ordinal);

    public async Task<object?> FindAsync(string table, string buildiumColumn, int? buildiumId, CancellationToken cancellationToken)
    {
        if (buildiumId is not { } id)
        {
            return null;
        }

        var ids = await LoadAsync(table, buildiumColumn, cancellationToken);
        return ids.GetValueOrDefault(id);
    }

    public void Remember(string table, IReadOnlyDictionary<int, object> localIds)
    {
        if (_tables.TryGetValue(table, out var ids))
        {
            foreach (var (buildiumId, localId) in localIds)
            {
                ids[buildiumId] = localId;
            }
        }
    }

    private async Task<Dictionary<int, object>> LoadAsync(string table, string buildiumColumn, CancellationToken cancellationToken)
    {
        if (_tables.TryGetValue(table, out var cached))
        {
            return cached;
        }

        var ids = new Dictionary<int, object>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT \"{buildiumColumn}\", id FROM \"{table}\" WHERE \"{buildiumColumn}\" IS NOT NULL", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[reader.GetInt32(0)] = reader.GetValue(1);
        }

        _tables[table] = ids;
        return ids;
    }
}
