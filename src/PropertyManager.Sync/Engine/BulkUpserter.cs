using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using PropertyManager.Buildium.Common;
using PropertyManager.Data;
using PropertyManager.Data.Sensitive;

namespace PropertyManager.Sync.Engine;

/// <summary>
/// Set-based upsert of entities keyed on their Buildium id column: binary COPY into a temporary table, then one
/// <c>INSERT ... ON CONFLICT ... DO UPDATE ... WHERE row IS DISTINCT FROM</c>, so unchanged rows are not written
/// at all (their <c>updated_at</c> stays) and a batch of a thousand rows costs three round trips. Column names and
/// types come from the EF Core model, so every table is handled the same way. Values go through the property's value
/// converter, as EF would write them: the encrypted columns get ciphertext. Encryption is randomised, so a sensitive
/// value whose plaintext did not change keeps its stored ciphertext; otherwise every sync would rewrite every row.
/// </summary>
public sealed class BulkUpserter(AppDbContext db)
{
    private static readonly string[] _timestamps = ["CreatedAt", "UpdatedAt"];

    /// <summary>
    /// Upserts <paramref name="rows"/> inside the caller's transaction, writing only <paramref name="properties"/>
    /// (the columns Buildium owns, so local-only columns survive); later duplicates of a key win.
    /// </summary>
    public Task<UpsertResult> UpsertAsync<T>(
        IReadOnlyList<T> rows, string buildiumKeyProperty, IReadOnlyCollection<string> properties, CancellationToken cancellationToken)
        where T : class =>
        UpsertAsync(rows, buildiumKeyProperty, properties, [], cancellationToken);

    /// <summary>
    /// The same; <paramref name="insertOnly"/> columns are written when a row is created and never updated: values the
    /// caller derived for new rows and keeps current by its own rules afterwards.
    /// </summary>
    public async Task<UpsertResult> UpsertAsync<T>(
        IReadOnlyList<T> rows, string buildiumKeyProperty, IReadOnlyCollection<string> properties, IReadOnlyCollection<string> insertOnly,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(insertOnly);
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var keyProperty = entityType.FindProperty(buildiumKeyProperty) ?? throw new InvalidOperationException($"No property {buildiumKeyProperty}.");
        var primaryKey = entityType.FindPrimaryKey()!.Properties.Single();
        var columns = entityType.GetProperties()
            .Where(p => p != primaryKey && !_timestamps.Contains(p.Name) && (properties.Contains(p.Name) || insertOnly.Contains(p.Name) || p == keyProperty))
            .ToList();

        // The last occurrence of a Buildium id wins: ON CONFLICT cannot touch one row twice in a statement.
        var keyGetter = keyProperty.GetGetter();
        var unique = rows.GroupBy(r => (int)keyGetter.GetClrValue(r)!).Select(g => g.Last()).ToList();
        if (unique.Count == 0)
        {
            return new UpsertResult(0, 0, 0, new Dictionary<int, object>(), new HashSet<int>());
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var tableName = Quote(table.Name);
        var stage = Quote("pm_stage_" + table.Name.ToLowerInvariant());
        var names = columns.Select(c => Quote(c.GetColumnName(table)!)).ToList();

        // The stage lives as long as the connection (emptied at each commit, dropped when the pool resets it): creating and
        // dropping it in every batch's transaction cost catalog writes and file creation each time.
        await ExecuteAsync(connection, $"CREATE TEMP TABLE IF NOT EXISTS {stage} (LIKE {tableName} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS; DELETE FROM {stage};", cancellationToken);
        var key = Quote(keyProperty.GetColumnName(table)!);
        var stored = await StoredSensitiveValuesAsync(connection, tableName, key, table, columns, unique.Select(r => (int)keyGetter.GetClrValue(r)!).ToArray(), cancellationToken);
        await CopyAsync(connection, stage, names, columns, unique, keyGetter, stored, cancellationToken);

        var id = Quote(primaryKey.GetColumnName(table)!);
        var updatedAt = entityType.FindProperty("UpdatedAt");
        var touch = updatedAt is null
            ? ""
            : $", {Quote(updatedAt.GetColumnName(table)!)} = {(updatedAt.ClrType == typeof(DateTime) || updatedAt.ClrType == typeof(DateTime?) ? "timezone('utc', now())" : "now()")}";
        var changeable = columns.Where(c => c != keyProperty && !insertOnly.Contains(c.Name)).Select(c => Quote(c.GetColumnName(table)!)).ToList();
        var sql = new StringBuilder()
            .Append($"INSERT INTO {tableName} ({id}, {string.Join(", ", names)}) ")
            .Append($"SELECT {id}, {string.Join(", ", names)} FROM {stage} ")
            .Append($"ON CONFLICT ({key}) DO UPDATE SET ")
            .Append(string.Join(", ", changeable.Select(n => $"{n} = EXCLUDED.{n}")))
            .Append(touch)
            .Append($" WHERE ({string.Join(", ", changeable.Select(n => $"{tableName}.{n}"))}) IS DISTINCT FROM ({string.Join(", ", changeable.Select(n => $"EXCLUDED.{n}"))})")
            .Append($" RETURNING {key}, {id}, (xmax = 0)")
            .ToString();

        int created = 0, updated = 0;
        var changed = new HashSet<int>();
        var localIds = new Dictionary<int, object>(unique.Count);
        await using (var command = new NpgsqlCommand(sql, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                changed.Add(reader.GetInt32(0));
                localIds[reader.GetInt32(0)] = reader.GetValue(1);
                if (reader.GetBoolean(2))
                {
                    created++;
                }
                else
                {
                    updated++;
                }
            }
        }

        // Unchanged rows returned nothing: read their local ids in one query for the caller's children. A batch of new or
        // changed rows only (a first sync) has them all from RETURNING already.
        if (localIds.Count < unique.Count)
        {
            await using var command = new NpgsqlCommand($"SELECT {key}, {id} FROM {tableName} WHERE {key} = ANY(@keys)", connection);
            command.Parameters.AddWithValue("keys", unique.Select(r => (int)keyGetter.GetClrValue(r)!).Where(k => !localIds.ContainsKey(k)).ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                localIds[reader.GetInt32(0)] = reader.GetValue(1);
            }
        }

        return new UpsertResult(created, updated, unique.Count - created - updated, localIds, changed);
    }

    /// <summary>The stored (encrypted) values of the sensitive columns of these rows, by Buildium id and column index.</summary>
    private static async Task<Dictionary<int, string?[]>> StoredSensitiveValuesAsync(
        NpgsqlConnection connection, string tableName, string key, StoreObjectIdentifier table, List<IProperty> columns, int[] keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, string?[]>();
        var sensitive = columns.Select((c, i) => (Column: c, Index: i)).Where(c => c.Column.IsSensitive()).ToList();
        if (sensitive.Count == 0)
        {
            return result;
        }

        var select = string.Join(", ", sensitive.Select(c => Quote(c.Column.GetColumnName(table)!)));
        await using var command = new NpgsqlCommand($"SELECT {key}, {select} FROM {tableName} WHERE {key} = ANY(@keys)", connection);
        command.Parameters.AddWithValue("keys", keys);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new string?[columns.Count];
            for (var i = 0; i < sensitive.Count; i++)
            {
                values[sensitive[i].Index] = reader.IsDBNull(i + 1) ? null : reader.GetString(i + 1);
            }

            result[reader.GetInt32(0)] = values;
        }

        return result;
    }

    /// <summary>
    /// Ciphertext for the sensitive columns of every row. A stored ciphertext that decrypts to the incoming value is kept;
    /// a legacy plaintext value, or one under a key that is gone, is (re-)encrypted. Within a row a plaintext is encrypted
    /// once: owners' <c>tax_payer_id</c> and <c>tax_id</c> mirror each other, and encryption is most of the cost of
    /// writing owners.
    /// </summary>
    private static string?[]?[] ProtectSensitive<T>(
        List<T> rows, IClrPropertyGetter[] getters, bool[] sensitive, IClrPropertyGetter keyGetter, Dictionary<int, string?[]> stored)
        where T : class
    {
        var result = new string?[]?[rows.Count];
        if (!sensitive.Contains(true))
        {
            return result;
        }

        // Rows are independent and the protector is thread-safe: on a batch of owners this is most of the write's own CPU,
        // and the write is the pull's bottleneck while the reader waits on it, so the work is spread over the cores.
        Parallel.For(0, rows.Count, r =>
        {
            var previous = stored.GetValueOrDefault((int)keyGetter.GetClrValue(rows[r])!);
            var values = new string?[getters.Length];
            string? lastPlaintext = null, lastCiphertext = null;
            for (var i = 0; i < getters.Length; i++)
            {
                if (!sensitive[i] || getters[i].GetClrValue(rows[r]) is not string plaintext)
                {
                    continue;
                }

                if (Unchanged(plaintext, previous?[i]))
                {
                    values[i] = previous![i];
                    continue;
                }

                if (!string.Equals(plaintext, lastPlaintext, StringComparison.Ordinal))
                {
                    (lastPlaintext, lastCiphertext) = (plaintext, SensitiveData.Protect(plaintext));
                }

                values[i] = lastCiphertext;
            }

            result[r] = values;
        });

        return result;
    }

    private static bool Unchanged(string plaintext, string? stored)
    {
        if (!SensitiveData.IsProtected(stored))
        {
            return false;
        }

        try
        {
            // Buildium reads an SSN back masked: a full id entered here that the mask matches is kept, as it is the
            // only copy that can be sent back in a PUT (ADR-013).
            var storedPlaintext = SensitiveData.Unprotect(stored!);
            return string.Equals(storedPlaintext, plaintext, StringComparison.Ordinal) || TaxPayerIds.MasksOf(plaintext, storedPlaintext);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Unreadable (a revoked or lost key): overwritten with the value Buildium holds.
            return false;
        }
    }

    private static async Task CopyAsync<T>(
        NpgsqlConnection connection, string stage, List<string> names, List<IProperty> columns, List<T> rows,
        IClrPropertyGetter keyGetter, Dictionary<int, string?[]> stored, CancellationToken cancellationToken)
        where T : class
    {
        var getters = columns.Select(c => c.GetGetter()).ToArray();
        var converters = columns.Select(c => c.GetValueConverter()).ToArray();
        var sensitive = columns.Select(c => c.IsSensitive()).ToArray();
        var types = columns.Select(c => StoreTypeName(c.GetColumnType())).ToArray();
        var ciphertexts = ProtectSensitive(rows, getters, sensitive, keyGetter, stored);
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {stage} ({string.Join(", ", names)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (var r = 0; r < rows.Count; r++)
        {
            await writer.StartRowAsync(cancellationToken);
            for (var i = 0; i < getters.Length; i++)
            {
                var value = getters[i].GetClrValue(rows[r]);
                if (value is not null && sensitive[i])
                {
                    value = ciphertexts[r]![i];
                }
                else if (value is not null && converters[i] is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                switch (value)
                {
                    case null:
                        await writer.WriteNullAsync(cancellationToken);
                        break;
                    // timestamptz takes UTC only; timestamp (the lease table) takes no UTC kind.
                    case DateTimeOffset offset:
                        await writer.WriteAsync(offset.ToUniversalTime(), types[i], cancellationToken);
                        break;
                    case DateTime dateTime:
                        await writer.WriteAsync(DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified), types[i], cancellationToken);
                        break;
                    default:
                        await writer.WriteAsync(value, types[i], cancellationToken);
                        break;
                }
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>"character varying(127)" → "character varying": COPY wants the type, not its modifiers.</summary>
    private static string StoreTypeName(string columnType)
    {
        var paren = columnType.IndexOf('(', StringComparison.Ordinal);
        return paren < 0 ? columnType : columnType[..paren] + columnType[(columnType.IndexOf(')', StringComparison.Ordinal) + 1)..];
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
