using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace PropertyManager.Data.Sensitive;

/// <summary>
/// Encrypts the plaintext values that rows written before encryption still hold (and, with <c>all</c>, rewraps every
/// value under the current default key after a rotation). Reads raw columns, so it sees what the database holds.
/// </summary>
public sealed class SensitiveDataReencryptor(AppDbContext db)
{
    /// <summary>The number of values written.</summary>
    public async Task<int> ReencryptAsync(bool all, CancellationToken cancellationToken)
    {
        var written = 0;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var entityType in db.Model.GetEntityTypes().Where(e => e.GetProperties().Any(p => p.IsSensitive())))
            {
                var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
                var id = entityType.FindPrimaryKey()!.Properties.Single().GetColumnName(table)!;
                foreach (var column in entityType.GetProperties().Where(p => p.IsSensitive()).Select(p => p.GetColumnName(table)!))
                {
                    written += await ReencryptColumnAsync(connection, table.Name, id, column, all, cancellationToken);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return written;
    }

    private static async Task<int> ReencryptColumnAsync(
        NpgsqlConnection connection, string table, string id, string column, bool all, CancellationToken cancellationToken)
    {
        var rows = new List<(object Id, string Value)>();
        var filter = all ? "" : $" AND \"{column}\" NOT LIKE '{SensitiveData.Prefix}%'";
        await using (var select = new NpgsqlCommand($"SELECT \"{id}\", \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL{filter}", connection))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetValue(0), reader.GetString(1)));
            }
        }

        // Only the column: updated_at stays, since the value the users see did not change.
        foreach (var (key, value) in rows)
        {
            await using var update = new NpgsqlCommand($"UPDATE \"{table}\" SET \"{column}\" = @value WHERE \"{id}\" = @id", connection);
            update.Parameters.AddWithValue("value", SensitiveData.Protect(SensitiveData.Unprotect(value)));
            update.Parameters.AddWithValue("id", key);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return rows.Count;
    }
}
