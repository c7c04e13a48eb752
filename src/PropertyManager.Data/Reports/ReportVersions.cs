using Microsoft.EntityFrameworkCore;

namespace PropertyManager.Data.Reports;

/// <summary>
/// A counter per report (table <c>report_versions</c>) that every committed change to the tables under the report
/// moves on, whoever writes (the app, the sync, psql). A report computed once can be served again while its counter
/// stands still: the counter is raised inside the writing transaction, so it becomes visible together with the change.
/// </summary>
public static class ReportVersions
{
    /// <summary>The rent roll, delinquency and expirations: leases with their units, tenants, rent and balances.</summary>
    public const string Leases = "leases";

    /// <summary>What the lease reports read, and who may read what of it (a new assignment changes a manager's view).</summary>
    public static IReadOnlyList<string> LeaseTables { get; } =
        ["properties", "units", "Lease", "lease_tenants", "tenants", "lease_rents", "lease_balances", "user_property_access"];

    /// <summary>The counter now; read before the report's rows, so rows read after it are never older than it says.</summary>
    public static async Task<long> ReadAsync(AppDbContext db, string report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Database
            .SqlQuery<long>($"SELECT version AS \"Value\" FROM report_versions WHERE name = {report}")
            .SingleAsync(cancellationToken);
    }

    /// <summary>
    /// The table, its one row per report, and a deferred trigger on each table under a report. Deferred to commit and
    /// raising the counter once per transaction: a sync batch of 20,000 rows costs one update, and the counter's row
    /// is locked only while the writer commits, so writers do not queue behind each other's open transactions.
    /// Only the trigger's function (the owner's) may write the table; the app role reads it.
    /// </summary>
    public static string UpSql() => $$"""
        CREATE TABLE report_versions (
            name varchar(40) PRIMARY KEY,
            version bigint NOT NULL DEFAULT 0,
            changed_at timestamptz NOT NULL DEFAULT now());
        INSERT INTO report_versions (name) VALUES ('{{Leases}}');
        ALTER TABLE report_versions ENABLE ROW LEVEL SECURITY;
        CREATE POLICY pm_read ON report_versions FOR SELECT USING (true);
        CREATE POLICY pm_raise ON report_versions FOR UPDATE USING (true) WITH CHECK (true);

        CREATE FUNCTION pm_raise_report_version() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
        BEGIN
            IF current_setting('pm.report_raised_' || TG_ARGV[0], true) IS DISTINCT FROM 'yes' THEN
                UPDATE public.report_versions SET version = version + 1, changed_at = now() WHERE name = TG_ARGV[0];
                PERFORM set_config('pm.report_raised_' || TG_ARGV[0], 'yes', true);
            END IF;
            RETURN NULL;
        END $fn$;
        REVOKE ALL ON FUNCTION pm_raise_report_version() FROM PUBLIC;
        {{string.Join(Environment.NewLine, LeaseTables.Select(t => CreateTrigger(t, Leases)))}}
        """;

    public static string DownSql() => $$"""
        {{string.Join(Environment.NewLine, LeaseTables.Select(t => $"DROP TRIGGER IF EXISTS report_version_{Leases} ON \"{t}\";"))}}
        DROP FUNCTION IF EXISTS pm_raise_report_version();
        DROP TABLE IF EXISTS report_versions;
        """;

    private static string CreateTrigger(string table, string report) =>
        $"CREATE CONSTRAINT TRIGGER report_version_{report} AFTER INSERT OR UPDATE OR DELETE ON \"{table}\" " +
        $"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION pm_raise_report_version('{report}');";

    /// <summary>
    /// Run after every migration, after the grants (which hand the app role every table): the app role only reads the
    /// counters, so it cannot hold one back and have a report served stale.
    /// </summary>
    public static string ReadOnlyForAppSql(string appRole) => $"""
        DO $do$
        BEGIN
            IF to_regclass('report_versions') IS NOT NULL AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{appRole}') THEN
                REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON report_versions FROM {appRole};
            END IF;
        END $do$;
        """;
}
