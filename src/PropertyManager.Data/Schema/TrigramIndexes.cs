namespace PropertyManager.Data.Schema;

/// <summary>
/// Trigram indexes for the columns the list pages and the global search match with <c>ILIKE '%text%'</c>, which a
/// b-tree cannot serve: without them every search reads the whole table. Beside the documented indexes, not instead
/// of them. pg_trgm ships with PostgreSQL's contrib and is a trusted extension (a database owner may create it); where
/// it is missing or refused, the migration says so and the app searches without these indexes, only slower.
/// </summary>
public static class TrigramIndexes
{
    private static readonly (string Table, string Column)[] _columns =
    [
        ("properties", "name"), ("properties", "address_line1"), ("properties", "city"),
        ("units", "unit_number"), ("units", "address_line1"),
        ("owners", "first_name"), ("owners", "last_name"), ("owners", "company_name"), ("owners", "email"),
        ("vendors", "name"), ("vendors", "contact_name"), ("vendors", "email"),
        ("bills", "description"), ("bills", "reference_number"),
        ("tasks", "subject"), ("work_orders", "subject"),
    ];

    public static string UpSql() => $$"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
                RAISE NOTICE 'pg_trgm is not available: searches run without trigram indexes';
                RETURN;
            END IF;
            BEGIN
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE NOTICE 'pg_trgm could not be created (%): searches run without trigram indexes', SQLERRM;
                RETURN;
            END;
        {{string.Join("\n", _columns.Select(c => $"    CREATE INDEX IF NOT EXISTS {Name(c)} ON {c.Table} USING gin ({c.Column} gin_trgm_ops);"))}}
        END $$;
        """;

    public static string DownSql() => string.Join("\n", _columns.Select(c => $"DROP INDEX IF EXISTS {Name(c)};"));

    private static string Name((string Table, string Column) c) => $"pm_trgm_{c.Table}_{c.Column}";
}
