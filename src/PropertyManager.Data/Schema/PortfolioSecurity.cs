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

    /// <summary>
    /// What the policies ask the session. Issue #7 read plain settings the app role could set to anything (kept for
    /// the <c>LeastPrivilege</c> migration, which must build the same SQL forever); issue #13 asks
    /// <c>pm_private.session_claims()</c>, which believes only a token signed with the owner's key.
    /// </summary>
    private sealed record Session(string Access, string UserId, string CanWrite)
    {
        public string All => $"{Access} = 'all'";

        public string Scoped => $"{Access} = 'scoped'";

        public string SignedIn => $"{Access} IN ('all', 'scoped')";

        public string ScopedWriter => $"{Scoped} AND {CanWrite}";

        public string Webhook => $"{Access} = 'webhook'";
    }

    private static readonly Session _settings = new(
        "current_setting('pm.access', true)", "current_setting('pm.user_id', true)", "current_setting('pm.can_write', true) = 'true'");

    // Scalar subqueries: PostgreSQL runs each as an initplan, once per query, not once per row.
    private static readonly Session _signed = new(
        $"(SELECT {SessionSecurity.Schema}.session_access())",
        $"(SELECT {SessionSecurity.Schema}.session_user_id())",
        $"(SELECT {SessionSecurity.Schema}.session_can_write())");

    /// <summary>
    /// How each portfolio table reaches its property. Property columns use an uncorrelated <c>IN (SELECT ...)</c>
    /// (a hashed subplan, built once per query); child tables ask their parent table, whose own policy applies.
    /// </summary>
    private static (string Table, string Visible)[] PortfolioTables(Session s) =>
    [
        ("properties", PropertyIn(s, "id")),
        ("units", PropertyIn(s, "property_id")),
        ("Lease", PropertyIn(s, "\"propertyId\"")),
        ("bills", PropertyIn(s, "property_id")),
        ("bill_payments", "bill_id IN (SELECT pm_b.id FROM bills pm_b)"),
        ("tasks", PropertyIn(s, "property_id")),
        ("task_history", "task_id IN (SELECT pm_t.id FROM tasks pm_t)"),
        ("task_history_files", "task_history_id IN (SELECT pm_h.id FROM task_history pm_h)"),
        ("work_orders", PropertyIn(s, "property_id")),
        ("ownership", PropertyIn(s, "property_id")),
        ("property_ownerships_cache", PropertyIn(s, "property_id")),
        ("owners", "id IN (SELECT pm_o.owner_id FROM ownership pm_o)"),
        ("owners_list_cache", "owner_id IN (SELECT pm_o.owner_id FROM ownership pm_o)"),
    ];

    /// <summary>Read by every signed-in user, written by managers and admins.</summary>
    private static readonly string[] _referenceTables =
        ["gl_accounts", "bank_accounts", "vendors", "vendor_categories", "bill_categories", "task_categories", "buildium_sync_status"];

    private static readonly string[] _policyNames = ["pm_app_access", "pm_read", "pm_insert", "pm_update", "pm_delete"];

    /// <summary>Every table with portfolio policies, in the order <see cref="UpSql"/> writes them.</summary>
    public static IReadOnlyList<string> PolicyTables { get; } =
    [
        AccessTable, .. PortfolioTables(_settings).Select(t => t.Table), .. _referenceTables,
        "buildium_api_cache", "buildium_api_log", "buildium_webhook_events", .. AppTables,
    ];

    /// <summary>The user may see every property (assignment with a NULL property): one initplan per query.</summary>
    private static string AllProperties(Session s) =>
        $"EXISTS (SELECT 1 FROM {AccessTable} pm_a WHERE pm_a.user_id = {s.UserId} AND pm_a.property_id IS NULL)";

    private static string PropertyIn(Session s, string column) =>
        $"({AllProperties(s)} OR {column} IN (SELECT pm_a.property_id FROM {AccessTable} pm_a WHERE pm_a.user_id = {s.UserId}))";

    /// <summary>Issue #7: the assignment table, its index, and policies that read plain session settings. Frozen: the LeastPrivilege migration builds this.</summary>
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
        AppendPolicies(sql, _settings, signed: false);
        return sql.ToString();
    }

    /// <summary>
    /// Issue #13: the same policies over the verified session, the sync's tables and the Buildium call log and cache
    /// for admins and the system only, and every table FORCEd so its owner is bound too. Needs
    /// <see cref="SessionSecurity.UpSql"/> first.
    /// </summary>
    public static string SignedUpSql()
    {
        var sql = new StringBuilder();
        AppendPolicies(sql, _signed, signed: true);
        foreach (var table in PolicyTables)
        {
            sql.AppendLine($"ALTER TABLE {Q(table)} FORCE ROW LEVEL SECURITY;");
        }

        return sql.ToString();
    }

    /// <summary>Back to <see cref="UpSql"/>'s policies, owners no longer bound.</summary>
    public static string SignedDownSql()
    {
        var sql = new StringBuilder();
        foreach (var table in PolicyTables)
        {
            sql.AppendLine($"ALTER TABLE {Q(table)} NO FORCE ROW LEVEL SECURITY;");
        }

        AppendPolicies(sql, _settings, signed: false);
        return sql.ToString();
    }

    private static void AppendPolicies(StringBuilder sql, Session s, bool signed)
    {
        sql.AppendLine(Policies(AccessTable, read: $"{s.All} OR ({s.Scoped} AND user_id = {s.UserId})", insert: s.All, write: s.All));

        foreach (var (table, visible) in PortfolioTables(s))
        {
            var read = $"{s.All} OR ({s.Scoped} AND {visible})";
            var write = $"{s.All} OR ({s.ScopedWriter} AND {visible})";
            // A new owner has no ownership row yet: any writer may add one (it stays invisible to others until linked).
            var insert = table is "owners" or "owners_list_cache" ? $"{s.All} OR ({s.ScopedWriter})" : write;
            sql.AppendLine(Policies(table, read, insert, write));
        }

        foreach (var table in _referenceTables)
        {
            sql.AppendLine(Policies(table, read: s.SignedIn, insert: $"{s.All} OR ({s.ScopedWriter})", write: $"{s.All} OR ({s.ScopedWriter})"));
        }

        if (signed)
        {
            AppendWebhookPolicies(sql, s);
            // Buildium's responses and calls cover every portfolio, and the sync's state is the system's: the sync, the
            // workers and the log writer run as 'all', admins read them; a user's connection neither reads nor writes them.
            foreach (var table in (string[])["buildium_api_cache", "buildium_api_log", .. AppTables])
            {
                sql.AppendLine(Policies(table, read: s.All, insert: s.All, write: s.All));
            }

            return;
        }

        // Written on behalf of any signed-in user (responses cached and calls logged while their page reads Buildium).
        sql.AppendLine(Policies("buildium_api_cache", read: s.SignedIn, insert: s.SignedIn, write: s.SignedIn));
        sql.AppendLine(Policies("buildium_api_log", read: s.SignedIn, insert: s.SignedIn, write: s.All));
        AppendWebhookPolicies(sql, s);
        foreach (var table in AppTables)
        {
            sql.AppendLine(Policies(table, read: s.SignedIn, insert: s.SignedIn, write: s.SignedIn));
        }
    }

    /// <summary>
    /// Policies of an app table added after <see cref="UpSql"/>: read by every signed-in user, written by managers and
    /// admins (the reference tables' rule).
    /// </summary>
    public static string WriterTablePolicies(string table) =>
        Policies(table, read: _signed.SignedIn, insert: $"{_signed.All} OR ({_signed.ScopedWriter})", write: $"{_signed.All} OR ({_signed.ScopedWriter})");

    /// <summary>
    /// Policies of a portfolio table added after the signed sessions, FORCEd: <paramref name="visible"/> says how a row
    /// reaches a property (usually through its parent table, whose own policy applies). With
    /// <paramref name="unlinkedInsert"/> any writer may add a row no property reaches yet (a new tenant, as a new owner).
    /// </summary>
    public static string PortfolioTablePolicies(string table, string visible, bool unlinkedInsert = false)
    {
        var read = $"{_signed.All} OR ({_signed.Scoped} AND {visible})";
        var write = $"{_signed.All} OR ({_signed.ScopedWriter} AND {visible})";
        return Policies(table, read, unlinkedInsert ? $"{_signed.All} OR ({_signed.ScopedWriter})" : write, write)
            + Environment.NewLine + $"ALTER TABLE {Q(table)} FORCE ROW LEVEL SECURITY;";
    }

    /// <summary>An append-only audit table: admins and the system read it; any session that may write adds to it; no one changes a row.</summary>
    public static string AuditTablePolicies(string table) => $"""
        ALTER TABLE {Q(table)} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY pm_read ON {Q(table)} FOR SELECT USING ({_signed.All});
        CREATE POLICY pm_insert ON {Q(table)} FOR INSERT WITH CHECK ({_signed.All} OR ({_signed.ScopedWriter}));
        """;

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
    /// Idempotent, after every migration (so also for policies later migrations write): each policy's "this session
    /// reads everything" test becomes a boolean initplan, <c>(SELECT pm_private.session_reads_all())</c>, instead of
    /// <c>(SELECT pm_private.session_access()) = 'all'</c>. Same rows; but PostgreSQL guesses that an equality with an
    /// unknown value keeps 0.5% of a table, so under row level security every table looked nearly empty and the planner
    /// chose nested loops that re-ran whole-table scans per outer row (a 20-unit building's rent roll: 1.35 s). A bare
    /// boolean is guessed at half, which keeps hash joins where they belong.
    /// </summary>
    public static string PlannerFriendlyPoliciesSql() => $$"""
        DO $do$
        DECLARE
            p record;
            old constant text := '( SELECT {{SessionSecurity.Schema}}.session_access() AS session_access) = ''all''::text';
            new constant text := '( SELECT {{SessionSecurity.Schema}}.session_reads_all() AS session_reads_all)';
        BEGIN
            IF to_regprocedure('{{SessionSecurity.Schema}}.session_claims()') IS NULL THEN
                RETURN;
            END IF;
            CREATE OR REPLACE FUNCTION {{SessionSecurity.Schema}}.session_reads_all() RETURNS boolean
            LANGUAGE sql STABLE SET search_path = pg_catalog AS $fn$ SELECT ({{SessionSecurity.Schema}}.session_claims())[1] = 'all' $fn$;
            FOR p IN SELECT schemaname, tablename, policyname, qual, with_check FROM pg_policies
                     WHERE schemaname = current_schema() AND (strpos(qual, old) > 0 OR strpos(with_check, old) > 0) LOOP
                IF p.qual IS NOT NULL THEN
                    EXECUTE format('ALTER POLICY %I ON %I.%I USING (%s)', p.policyname, p.schemaname, p.tablename, replace(p.qual, old, new));
                END IF;
                IF p.with_check IS NOT NULL THEN
                    EXECUTE format('ALTER POLICY %I ON %I.%I WITH CHECK (%s)', p.policyname, p.schemaname, p.tablename, replace(p.with_check, old, new));
                END IF;
            END LOOP;
        END $do$;
        """;

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

    private static void AppendWebhookPolicies(StringBuilder sql, Session s) =>
        // The anonymous endpoint only stores events; the processor runs as 'all'. INSERT ... ON CONFLICT checks the new row
        // against the read policy too, so webhook access reads unprocessed events (Buildium's ids and event types) and nothing else.
        sql.AppendLine(Policies("buildium_webhook_events", read: $"{s.All} OR ({s.Webhook} AND processed IS NOT TRUE)", insert: $"{s.All} OR {s.Webhook}", write: s.All));

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
