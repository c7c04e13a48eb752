using Npgsql;

namespace PropertyManager.Tests.Infrastructure;

/// <summary>The schema of a database as PostgreSQL's catalogs report it, for conformance and equality checks.</summary>
public sealed record SchemaSnapshot(
    IReadOnlyList<SchemaSnapshot.Column> Columns,
    IReadOnlyList<SchemaSnapshot.Index> Indexes,
    IReadOnlyList<SchemaSnapshot.ForeignKey> ForeignKeys,
    IReadOnlyList<SchemaSnapshot.Table> Tables)
{
    public sealed record Column(string Table, string Name, string DataType, string UdtName, int? MaxLength, int? Precision, int? Scale, bool NotNull, string? Default);

    public sealed record Index(string Table, string Name, string Columns, bool Unique, bool Primary);

    public sealed record ForeignKey(string Table, string Name, string Column, string PrincipalTable, string PrincipalColumn, string OnDelete, string OnUpdate);

    public sealed record Table(string Name, bool RowSecurity, string Policies, string Triggers);

    public static async Task<SchemaSnapshot> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        var columns = await QueryAsync(connection, """
            SELECT table_name, column_name, data_type, udt_name, character_maximum_length, numeric_precision, numeric_scale,
                   is_nullable = 'NO', column_default
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
            ORDER BY table_name, ordinal_position
            """, r => new Column(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetInt32(4),
                // information_schema reports precision for every integer type; keep it only for numeric.
                r.GetString(2) == "numeric" && !r.IsDBNull(5) ? r.GetInt32(5) : null,
                r.GetString(2) == "numeric" && !r.IsDBNull(6) ? r.GetInt32(6) : null,
                r.GetBoolean(7), r.IsDBNull(8) ? null : r.GetString(8)));

        var indexes = await QueryAsync(connection, """
            SELECT t.relname, i.relname,
                   (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum),
                   x.indisunique, x.indisprimary
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND t.relname <> '__EFMigrationsHistory'
            ORDER BY t.relname, i.relname
            """, r => new Index(r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3), r.GetBoolean(4)));

        var foreignKeys = await QueryAsync(connection, """
            SELECT t.relname, c.conname, a.attname, p.relname, pa.attname, c.confdeltype::text, c.confupdtype::text
            FROM pg_constraint c
            JOIN pg_class t ON t.oid = c.conrelid
            JOIN pg_class p ON p.oid = c.confrelid
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE c.contype = 'f' AND n.nspname = 'public'
            ORDER BY t.relname, c.conname
            """, r => new ForeignKey(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Rule(r.GetString(5)), Rule(r.GetString(6))));

        var tables = await QueryAsync(connection, """
            SELECT c.relname, c.relrowsecurity,
                   coalesce((SELECT string_agg(policyname || ':' || cmd || ':' || coalesce(qual, '') || ':' || coalesce(with_check, ''), ';' ORDER BY policyname)
                             FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname), ''),
                   coalesce((SELECT string_agg(tg.tgname || ':' || pg_get_triggerdef(tg.oid), ';' ORDER BY tg.tgname)
                             FROM pg_trigger tg WHERE tg.tgrelid = c.oid AND NOT tg.tgisinternal), '')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '__EFMigrationsHistory'
            ORDER BY c.relname
            """, r => new Table(r.GetString(0), r.GetBoolean(1), r.GetString(2), r.GetString(3)));

        return new SchemaSnapshot(columns, indexes, foreignKeys, tables);
    }

    private static string Rule(string code) => code switch
    {
        "a" => "NO ACTION",
        "r" => "RESTRICT",
        "c" => "CASCADE",
        "n" => "SET NULL",
        "d" => "SET DEFAULT",
        _ => code,
    };

    private static async Task<List<T>> QueryAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
