using System.Text;

namespace PropertyManager.Data.Schema;

/// <summary>
/// What the app adds to the documented schema: foreign keys with deliberate delete rules, unique keys that sync
/// upserts rely on, row level security, <c>updated_at</c> triggers and column defaults. Every statement is
/// idempotent because it must also bring a database built by hand from the document (and then baselined) to
/// exactly the state a fresh migration produces.
/// </summary>
public static class SchemaGuards
{
    /// <summary>The 23 tables of the schema document.</summary>
    public static IReadOnlyList<string> Tables { get; } =
    [
        "properties", "units", "owners", "ownership", "Lease", "bank_accounts", "vendors", "bills", "bill_payments",
        "gl_accounts", "vendor_categories", "bill_categories", "tasks", "work_orders", "task_categories", "task_history",
        "task_history_files", "buildium_sync_status", "buildium_api_cache", "buildium_webhook_events", "buildium_api_log",
        "owners_list_cache", "property_ownerships_cache",
    ];

    public static IReadOnlyList<IndexSpec> Indexes { get; } =
    [
        // Buildium ids are unique per kind, so upserts can key on them (NULL for records not yet pushed).
        new("properties_buildium_property_id_key", "properties", ["buildium_property_id"], true),
        new("units_buildium_unit_id_key", "units", ["buildium_unit_id"], true),
        new("owners_buildium_owner_id_key", "owners", ["buildium_owner_id"], true),
        new("Lease_buildium_lease_id_key", "Lease", ["buildium_lease_id"], true),
        new("bank_accounts_buildium_bank_id_key", "bank_accounts", ["buildium_bank_id"], true),
        new("vendors_buildium_vendor_id_key", "vendors", ["buildium_vendor_id"], true),
        new("bills_buildium_bill_id_key", "bills", ["buildium_bill_id"], true),
        new("bill_payments_buildium_payment_id_key", "bill_payments", ["buildium_payment_id"], true),
        new("gl_accounts_buildium_gl_account_id_key", "gl_accounts", ["buildium_gl_account_id"], true),
        new("vendor_categories_buildium_category_id_key", "vendor_categories", ["buildium_category_id"], true),
        new("bill_categories_buildium_category_id_key", "bill_categories", ["buildium_category_id"], true),
        new("tasks_buildium_task_id_key", "tasks", ["buildium_task_id"], true),
        new("work_orders_buildium_work_order_id_key", "work_orders", ["buildium_work_order_id"], true),
        new("task_categories_buildium_category_id_key", "task_categories", ["buildium_category_id"], true),
        new("task_history_buildium_history_id_key", "task_history", ["buildium_history_id"], true),
        new("task_history_files_buildium_file_id_key", "task_history_files", ["buildium_file_id"], true),
        new("task_categories_name_key", "task_categories", ["name"], true),
        new("buildium_webhook_events_event_id_key", "buildium_webhook_events", ["event_id"], true),
        new("buildium_sync_status_entity_type_entity_id_key", "buildium_sync_status", ["entity_type", "entity_id"], true),
        // Foreign-key columns the document leaves unindexed, and the API log's time column.
        new("Lease_propertyId_idx", "Lease", ["propertyId"], false),
        new("Lease_unitId_idx", "Lease", ["unitId"], false),
        new("bank_accounts_gl_account_idx", "bank_accounts", ["gl_account"], false),
        new("task_history_task_id_idx", "task_history", ["task_id"], false),
        new("task_history_files_task_history_id_idx", "task_history_files", ["task_history_id"], false),
        new("buildium_api_log_created_at_idx", "buildium_api_log", ["created_at"], false),
    ];

    public static IReadOnlyList<ForeignKeySpec> ForeignKeys { get; } =
    [
        new("units_property_id_fkey", "units", "property_id", "properties", "id", "RESTRICT"),
        new("ownership_owner_id_fkey", "ownership", "owner_id", "owners", "id", "CASCADE"),
        new("ownership_property_id_fkey", "ownership", "property_id", "properties", "id", "CASCADE"),
        new("Lease_propertyId_fkey", "Lease", "propertyId", "properties", "id", "RESTRICT"),
        new("Lease_unitId_fkey", "Lease", "unitId", "units", "id", "RESTRICT"),
        new("bank_accounts_gl_account_fkey", "bank_accounts", "gl_account", "gl_accounts", "id", "RESTRICT"),
        new("bills_vendor_id_fkey", "bills", "vendor_id", "vendors", "id", "RESTRICT"),
        new("bills_property_id_fkey", "bills", "property_id", "properties", "id", "RESTRICT"),
        new("bills_unit_id_fkey", "bills", "unit_id", "units", "id", "RESTRICT"),
        new("bill_payments_bill_id_fkey", "bill_payments", "bill_id", "bills", "id", "RESTRICT"),
        new("bill_payments_bank_account_id_fkey", "bill_payments", "bank_account_id", "bank_accounts", "id", "RESTRICT"),
        new("tasks_property_id_fkey", "tasks", "property_id", "properties", "id", "RESTRICT"),
        new("tasks_unit_id_fkey", "tasks", "unit_id", "units", "id", "RESTRICT"),
        new("work_orders_property_id_fkey", "work_orders", "property_id", "properties", "id", "RESTRICT"),
        new("work_orders_unit_id_fkey", "work_orders", "unit_id", "units", "id", "RESTRICT"),
        new("task_history_task_id_fkey", "task_history", "task_id", "tasks", "id", "CASCADE"),
        new("task_history_files_task_history_id_fkey", "task_history_files", "task_history_id", "task_history", "id", "CASCADE"),
        // The documented category columns do not match the category tables' UUID ids: they hold the Buildium
        // category id (INTEGER) or, for tasks, the category name, so the keys reference those columns.
        new("vendors_category_id_fkey", "vendors", "category_id", "vendor_categories", "buildium_category_id", "SET NULL"),
        new("bills_category_id_fkey", "bills", "category_id", "bill_categories", "buildium_category_id", "SET NULL"),
        new("tasks_category_fkey", "tasks", "category", "task_categories", "name", "SET NULL", "CASCADE"),
    ];

    /// <summary>Tables whose <c>id</c> is generated (the two cache tables borrow their keys).</summary>
    private static readonly string[] _cacheTables = ["owners_list_cache", "property_ownerships_cache", "Lease"];

    public static string UpSql()
    {
        var sql = new StringBuilder();
        sql.AppendLine("""
            CREATE OR REPLACE FUNCTION pm_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN NEW.updated_at := now(); END IF;
                RETURN NEW;
            END $fn$;
            CREATE OR REPLACE FUNCTION pm_touch_lease_updated_at() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                IF NEW."updatedAt" IS NOT DISTINCT FROM OLD."updatedAt" THEN NEW."updatedAt" := timezone('utc', now()); END IF;
                RETURN NEW;
            END $fn$;
            """);

        foreach (var table in Tables)
        {
            var isLease = table == "Lease";
            if (!_cacheTables.Contains(table))
            {
                sql.AppendLine($"ALTER TABLE {Q(table)} ALTER COLUMN id SET DEFAULT gen_random_uuid();");
            }

            var (created, updated, now) = isLease
                ? ("createdAt", "updatedAt", "timezone('utc', now())")
                : ("created_at", "updated_at", "now()");
            if (table is not ("owners_list_cache" or "property_ownerships_cache"))
            {
                sql.AppendLine($"ALTER TABLE {Q(table)} ALTER COLUMN {Q(created)} SET DEFAULT {now};");
            }

            if (table != "buildium_api_log")
            {
                sql.AppendLine($"ALTER TABLE {Q(table)} ALTER COLUMN {Q(updated)} SET DEFAULT {now};");
                var function = isLease ? "pm_touch_lease_updated_at" : "pm_touch_updated_at";
                sql.AppendLine($"CREATE OR REPLACE TRIGGER touch_updated_at BEFORE UPDATE ON {Q(table)} FOR EACH ROW EXECUTE FUNCTION {function}();");
            }

            sql.AppendLine(EnableRowSecuritySql(table));
        }

        foreach (var index in Indexes)
        {
            var unique = index.Unique ? "UNIQUE " : "";
            sql.AppendLine($"CREATE {unique}INDEX IF NOT EXISTS {Q(index.Name)} ON {Q(index.Table)} ({string.Join(", ", index.Columns.Select(Q))});");
        }

        foreach (var fk in ForeignKeys)
        {
            // A hand-built database may hold the same relationship under another name or delete rule: replace it.
            sql.AppendLine($"""
                DO $do$
                DECLARE existing record;
                BEGIN
                    FOR existing IN
                        SELECT con.conname FROM pg_constraint con
                        JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1]
                        WHERE con.contype = 'f' AND con.conrelid = '{Q(fk.Table)}'::regclass
                          AND cardinality(con.conkey) = 1 AND att.attname = '{fk.Column}' AND con.conname <> '{fk.Name}'
                    LOOP
                        EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', '{fk.Table}', existing.conname);
                    END LOOP;
                    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = '{fk.Name}' AND conrelid = '{Q(fk.Table)}'::regclass) THEN
                        ALTER TABLE {Q(fk.Table)} ADD CONSTRAINT {Q(fk.Name)} FOREIGN KEY ({Q(fk.Column)})
                            REFERENCES {Q(fk.PrincipalTable)} ({Q(fk.PrincipalColumn)}) ON DELETE {fk.OnDelete} ON UPDATE {fk.OnUpdate};
                    END IF;
                END $do$;
                """);
        }

        return sql.ToString();
    }

    /// <summary>Enables RLS on a table with the policy that lets the app's role read and write until per-portfolio policies narrow it.</summary>
    public static string EnableRowSecuritySql(string table) => $"""
        ALTER TABLE {Q(table)} ENABLE ROW LEVEL SECURITY;
        DO $do$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = current_schema() AND tablename = '{table}' AND policyname = 'pm_app_access') THEN
                CREATE POLICY pm_app_access ON {Q(table)} FOR ALL USING (true) WITH CHECK (true);
            END IF;
        END $do$;
        """;

    public static string DownSql()
    {
        var sql = new StringBuilder();
        foreach (var fk in ForeignKeys)
        {
            sql.AppendLine($"ALTER TABLE {Q(fk.Table)} DROP CONSTRAINT IF EXISTS {Q(fk.Name)};");
        }

        foreach (var index in Indexes)
        {
            sql.AppendLine($"DROP INDEX IF EXISTS {Q(index.Name)};");
        }

        foreach (var table in Tables)
        {
            sql.AppendLine($"DROP POLICY IF EXISTS pm_app_access ON {Q(table)};");
            sql.AppendLine($"ALTER TABLE {Q(table)} DISABLE ROW LEVEL SECURITY;");
            sql.AppendLine($"DROP TRIGGER IF EXISTS touch_updated_at ON {Q(table)};");
        }

        sql.AppendLine("DROP FUNCTION IF EXISTS pm_touch_updated_at();");
        sql.AppendLine("DROP FUNCTION IF EXISTS pm_touch_lease_updated_at();");
        return sql.ToString();
    }

    private static string Q(string identifier) => $"\"{identifier}\"";
}
