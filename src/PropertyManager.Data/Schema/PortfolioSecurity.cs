using System.Text;

namespace PropertyManager.Data.Schema;

/// <summary>
/// Least privilege in the database (issue #7): the row level security policies that bound every connection to what
/// its session settings allow, and the grants to the app's group role. The policies read
/// <c>current_setting('pm.access', true)</c> (<c>all</c> | <c>scoped</c> | <c>webhook</c>; anything else, or nothing,
/// sees nothing), <c>pm.user_id</c> (whose rows in <c>user_property_access</c> bound a scoped connection) and
/// <c>pm.can_write</c> (<c>true</c> lets a scoped connection write). The table owner bypasses them (no FORCE): the
/// migrations run as the owner; the app connects as a member of <see cref="AppRole"/>.
/// </summary>
public static class PortfolioSecurity
{
    /// <summary>The group role the app's login role belongs to: DML on every table, no ownership, no DDL.</summary>
    public const string AppRole = "pm_app";

    /// <summary>The table of assignments: a row with a NULL property means every property.</summary>
    public const string AccessTable = "user_property_access";

    /// <summary>The app's own tables (not in the schema document) that predate this migration.</summary>
    public static IReadOnlyList<string> AppTables { get; } = ["sync_runs", "sync_cursors", "sync_records", "sync_conflicts"];

    private const string AccessSetting = "current_setting('pm.access', true)";
    private const string UserSetting = "current_setting('pm.user_id', true)";
    private const string All = $"{AccessSetting} = 'all'";
    private const string Scoped = $"{AccessSetting} = 'scoped'";
    private const string SignedIn = $"{AccessSetting} IN ('all', 'scoped')";
    private const string ScopedWriter = $"{Scoped} AND current_setting('pm.can_write', true) = 'true'";

    /// <summary>The user may see every property (assignment with a NULL property): one initplan per query.</summary>
    private const string AllProperties =
        $"EXISTS (SELECT 1 FROM {AccessTable} pm_a WHERE pm_a.user_id = {UserSetting} AND pm_a.property_id IS NULL)";

    /// <summary>
    /// How each portfolio table reaches its property. Property columns use an uncorrelated <c>IN (SELECT ...)</c>
    /// (a hashed subplan, built once per query); child tables ask their parent table, whose own policy applies.
    /// </summary>
    private static readonly (string Table, string Visible)[] _portfolioTables =
    [
        ("properties", PropertyIn("id")),
        ("units", PropertyIn("property_id")),
        ("Lease", PropertyIn("\"propertyId\"")),
        ("bills", PropertyIn("property_id")),
        ("bill_payments", "bill_id IN (SELECT pm_b.id FROM bills pm_b)"),
        ("tasks", PropertyIn("property_id")),
        ("task_history", "task_id IN (SELECT pm_t.id FROM tasks pm_t)"),
        ("task_history_files", "task_history_id IN (SELECT pm_h.id FROM task_history pm_h)"),
        ("work_orders", PropertyIn("property_id")),
        ("ownership", PropertyIn("property_id")),
        ("property_ownerships_cache", PropertyIn("property_id")),
        ("owners", "id IN (SELECT pm_o.owner_id FROM ownership pm_o)"),
        ("owners_list_cache", "owner_id IN (SELECT pm_o.owner_id FROM ownership pm_o)"),
    ];

    /// <summary>Read by every signed-in user, written by managers and admins.</summary>
    private static readonly string[] _referenceTables =
        ["gl_accounts", "bank_accounts", "vendors", "vendor_categories", "bill_categories", "task_categories", "buildium_sync_status"];

    private static readonly string[] _policyNames = ["pm_app_access", "pm_read", "pm_insert", "pm_update", "pm_delete"];

    private static string PropertyIn(string column) =>
        $"({AllProperties} OR {column} IN (SELECT pm_a.property_id FROM {AccessTable} pm_a WHERE pm_a.user_id = {UserSetting}))";

    /// <summary>The assignment table, its index, and the policies of all 23 documented tables and the app's own.</summary>
    public static string UpSql()
    {
        var sql = new StringBuilder($"""
            CREATE TABLE IF NOT EXISTS {AccessTable} (
                id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
                user_id text NOT NULL,
                property_id uuid REFERENCES properties (id) ON DELETE CASCADE,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE UNIQUE INDEX IF NOT EXISTS {AccessTable}_user_id_property_id_key ON {AccessTable} (user_id, property_id) NULLS NOT DISTINCT;
            CREATE INDEX IF NOT EXISTS {AccessTable}_property_id_idx ON {AccessTable} (property_id);

            """);
        sql.AppendLine(Policies(AccessTable, read: $"{All} OR ({Scoped} AND user_id = {UserSetting})", insert: All, write: All));

        foreach (var (table, visible) in _portfolioTables)
        {
            var read = $"{All} OR ({Scoped} AND {visible})";
            var write = $"{All} OR ({ScopedWriter} AND {visible})";
            // A new owner has no ownership row yet: any writer may add one (it stays invisible to others until linked).
            var insert = table is "owners" or "owners_list_cache" ? $"{All} OR ({ScopedWriter})" : write;
            sql.AppendLine(Policies(table, read, insert, write));
        }

        foreach (var table in _referenceTables)
        {
            sql.AppendLine(Policies(table, read: SignedIn, insert: $"{All} OR ({ScopedWriter})", write: $"{All} OR ({ScopedWriter})"));
        }

        // Written on behalf of any signed-in user (responses cached and calls logged while their page reads Buildium).
        sql.AppendLine(Policies("buildium_api_cache", read: SignedIn, insert: SignedIn, write: SignedIn));
        sql.AppendLine(Policies("buildium_api_log", read: SignedIn, insert: SignedIn, write: All));
        // The anonymous endpoint only stores events; the processor runs as 'all'. INSERT ... ON CONFLICT checks the new row
        // against the read policy too, so webhook access reads unprocessed events (Buildium's ids and event types) and nothing else.
        const string Webhook = $"{AccessSetting} = 'webhook'";
        sql.AppendLine(Policies("buildium_webhook_events", read: $"{All} OR ({Webhook} AND processed IS NOT TRUE)", insert: $"{All} OR {Webhook}", write: All));
        foreach (var table in AppTables)
        {
            sql.AppendLine(Policies(table, read: SignedIn, insert: SignedIn, write: SignedIn));
        }

        return sql.ToString();
    }

    /// <summary>
    /// Policies of an app table added after <see cref="UpSql"/>: read by every signed-in user, written by managers and
    /// admins (the reference tables' rule).
    /// </summary>
    public static string WriterTablePolicies(string table) =>
        Policies(table, read: SignedIn, insert: $"{All} OR ({ScopedWriter})", write: $"{All} OR ({ScopedWriter})");

    /// <summary>Back to the permissive policy of the previous migration.</summary>
    public static string DownSql()
    {
        var sql = new StringBuilder();
        foreach (var table in SchemaGuards.Tables.Concat(AppTables))
        {
            sql.AppendLine(DropPolicies(table));
            sql.AppendLine($"CREATE POLICY pm_app_access ON {Q(table)} FOR ALL USING (true) WITH CHECK (true);");
        }

        sql.AppendLine($"DROP TABLE IF EXISTS {AccessTable};");
        return sql.ToString();
    }

    /// <summary>
    /// Creates <see cref="AppRole"/> when missing and the migrating role may (CREATEROLE), then grants it DML on every
    /// table and sequence of <c>public</c> and <c>identity</c>, also for tables created later by this role.
    /// Idempotent; run by <see cref="SchemaMigrator"/> after every migration.
    /// </summary>
    public static string GrantsSql(string identitySchema) => $"""
        DO $do$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{AppRole}')
               AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolcreaterole OR rolsuper)) THEN
                CREATE ROLE {AppRole} NOLOGIN;
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{AppRole}') THEN
                EXECUTE format('GRANT CONNECT ON DATABASE %I TO {AppRole}', current_database());
                GRANT USAGE ON SCHEMA public, {identitySchema} TO {AppRole};
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public, {identitySchema} TO {AppRole};
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public, {identitySchema} TO {AppRole};
                ALTER DEFAULT PRIVILEGES IN SCHEMA public, {identitySchema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {AppRole};
                ALTER DEFAULT PRIVILEGES IN SCHEMA public, {identitySchema} GRANT USAGE, SELECT ON SEQUENCES TO {AppRole};
                -- The app role creates nothing: PostgreSQL 15 no longer lets PUBLIC create in public, older ones do.
                BEGIN
                    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                EXCEPTION WHEN insufficient_privilege THEN
                    RAISE NOTICE 'schema public is not ours: PUBLIC keeps whatever CREATE right it has';
                END;
            END IF;
        END $do$;
        """;

    private static string Policies(string table, string read, string insert, string write) => $"""
        {DropPolicies(table)}
        ALTER TABLE {Q(table)} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY pm_read ON {Q(table)} FOR SELECT USING ({read});
        CREATE POLICY pm_insert ON {Q(table)} FOR INSERT WITH CHECK ({insert});
        CREATE POLICY pm_update ON {Q(table)} FOR UPDATE USING ({write}) WITH CHECK ({write});
        CREATE POLICY pm_delete ON {Q(table)} FOR DELETE USING ({write});
        """;

    private static string DropPolicies(string table) =>
        string.Join(Environment.NewLine, _policyNames.Select(p => $"DROP POLICY IF EXISTS {p} ON {Q(table)};"));

    private static string Q(string identifier) => $"\"{identifier}\"";
}
