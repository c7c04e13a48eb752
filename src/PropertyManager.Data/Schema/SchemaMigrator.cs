using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Migrations;
using PropertyManager.Data.Reports;
using PropertyManager.Data.Security;

namespace PropertyManager.Data.Schema;

/// <summary>
/// Applies migrations and adopts ("baselines") databases built by hand from the schema document, refusing with a
/// clear <see cref="SchemaProblemException"/> whenever going on would fail halfway or damage data. Two histories:
/// the documented tables' (<see cref="AppDbContext"/>, schema <c>public</c>) and the accounts'
/// (<see cref="AccountsDbContext"/>, schema <c>identity</c>); the accounts are migrated after the documented tables
/// and are never part of a baseline (a database built from the document has no accounts).
/// </summary>
public sealed class SchemaMigrator(AppDbContext db, AccountsDbContext accounts) : IAsyncDisposable
{
    private bool _ownsContexts;

    /// <summary>The migration that a hand-built database already satisfies.</summary>
    public static string BaselineMigrationId { get; } = typeof(DocumentedSchema).GetCustomAttributes(typeof(MigrationAttribute), false)
        .Cast<MigrationAttribute>().Single().Id;

    /// <summary>Migrates the database at <paramref name="connectionString"/> with contexts of its own (tests, benchmarks).</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(string connectionString, bool baseline, CancellationToken cancellationToken)
    {
        await using var migrator = ForConnection(connectionString);
        return await migrator.MigrateAsync(baseline, cancellationToken);
    }

    /// <summary>A migrator with contexts of its own on <paramref name="connectionString"/> (the owner role), disposed with it.</summary>
    public static SchemaMigrator ForConnection(string connectionString) =>
        new(new AppDbContext(AppDbContextOptions.Create(connectionString)), new AccountsDbContext(AccountsDbContextOptions.Create(connectionString)))
        {
            _ownsContexts = true,
        };

    /// <summary>After <see cref="MigrateAsync(bool, CancellationToken)"/>: whether the group role <see cref="PortfolioSecurity.AppRole"/> exists and holds its grants.</summary>
    public bool AppRoleGranted { get; private set; }

    public async Task<SchemaState> GetStateAsync(CancellationToken cancellationToken)
    {
        var app = await ReadHistoryAsync(db, "\"__EFMigrationsHistory\"", cancellationToken);
        var identity = await ReadHistoryAsync(accounts, $"{AccountsDbContext.Schema}.\"__EFMigrationsHistory\"", cancellationToken);
        var columns = await ReadColumnsAsync(cancellationToken);
        var expected = ExpectedTables(db).Keys.Concat(ExpectedTables(accounts).Keys);
        return new SchemaState(
            [.. app.Applied, .. identity.Applied],
            [.. app.Pending, .. identity.Pending],
            [.. app.Unknown, .. identity.Unknown],
            expected.Where(t => !columns.ContainsKey(t)).ToList(),
            SchemaGuards.Tables.Where(columns.ContainsKey).ToList())
        {
            DocumentedApplied = app.Applied,
        };
    }

    /// <summary>Throws unless the database is fully migrated to exactly this build's schema.</summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        var state = await GetStateAsync(cancellationToken);
        ThrowIfNewer(state);
        if (state.DocumentedApplied.Count == 0 && state.PresentTables.Count > 0)
        {
            throw NeedsBaseline();
        }

        if (state.Pending.Count > 0)
        {
            throw new SchemaProblemException(
                $"The database is missing {state.Pending.Count} migration(s) ({string.Join(", ", state.Pending)}). " +
                "Run 'dotnet run --project src/PropertyManager.Web -- migrate' first.");
        }

        ThrowIfTablesMissing(state);
        await LoadSessionKeyAsync(cancellationToken);
    }

    /// <returns>The migrations applied by this call.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(bool baseline, CancellationToken cancellationToken)
    {
        var state = await GetStateAsync(cancellationToken);
        ThrowIfNewer(state);

        if (baseline)
        {
            if (state.DocumentedApplied.Count > 0)
            {
                throw new SchemaProblemException(
                    "The database already has a migrations history, so there is nothing to baseline. Run 'migrate' without --baseline.");
            }

            if (state.PresentTables.Count == 0)
            {
                throw new SchemaProblemException(
                    "The database has none of the documented tables, so there is nothing to baseline. Run 'migrate' without --baseline to create them.");
            }

            await CheckDocumentedColumnsAsync(cancellationToken);
            await RecordBaselineAsync(cancellationToken);
        }
        else if (state.DocumentedApplied.Count == 0 && state.PresentTables.Count > 0)
        {
            throw NeedsBaseline();
        }

        // EF Core reads the history table before creating it and logs that failed query as an error on every
        // fresh database; creating it first (idempotent) keeps a first run's log clean.
        var pending = (await GetStateAsync(cancellationToken)).Pending;
        // Tables are FORCEd once SignedSessions ran: the owner's own connections then sign their sessions too.
        await LoadSessionKeyAsync(cancellationToken);
        foreach (DbContext context in new DbContext[] { db, accounts })
        {
            await context.Database.ExecuteSqlRawAsync(context.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
            await context.Database.MigrateAsync(cancellationToken);
            await LoadSessionKeyAsync(cancellationToken);
        }

        ThrowIfTablesMissing(await GetStateAsync(cancellationToken));
        // Every run, not once: tables of later migrations and a role created by hand since get their grants too.
        await db.Database.ExecuteSqlRawAsync(PortfolioSecurity.GrantsSql(AccountsDbContext.Schema), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(SessionSecurity.IdentitySql(AccountsDbContext.Schema), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(PortfolioSecurity.PlannerFriendlyPoliciesSql(), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(ReportVersions.ReadOnlyForAppSql(PortfolioSecurity.AppRole), cancellationToken);
        AppRoleGranted = await db.Database
            .SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {PortfolioSecurity.AppRole}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        return pending;
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsContexts)
        {
            await db.DisposeAsync();
            await accounts.DisposeAsync();
        }
    }

    /// <summary>
    /// Reads the session key as the owner and lets every connection to this database sign with it (the app's role
    /// included: same host, port and database). A role that may not read it is not the owner.
    /// </summary>
    private async Task LoadSessionKeyAsync(CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()!;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await SessionSigningKeys.LoadAsync((NpgsqlConnection)db.Database.GetDbConnection(), connectionString, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new SchemaProblemException(
                "The role of ConnectionStrings:Migrations (or of Default when Migrations is not set) may not read the session key " +
                $"({SessionSigningKeys.KeyTable}), so it is not the role that owns the tables. Set ConnectionStrings:Migrations to the owner role.", ex);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static SchemaProblemException NeedsBaseline() => new(
        "The database already holds the documented tables but has no migrations history (it was built by hand). " +
        "Run 'migrate --baseline' to check the tables and adopt it; plain 'migrate' would fail creating tables that exist.");

    private static void ThrowIfNewer(SchemaState state)
    {
        if (state.UnknownApplied.Count > 0)
        {
            throw new SchemaProblemException(
                $"The database is at a newer schema than this build knows (applied: {string.Join(", ", state.UnknownApplied)}). " +
                "Run a newer version of PropertyManager against it, or point ConnectionStrings__Default at another database.");
        }
    }

    private static void ThrowIfTablesMissing(SchemaState state)
    {
        if (state.MissingTables.Count > 0)
        {
            throw new SchemaProblemException(
                $"Table(s) {string.Join(", ", state.MissingTables)} are missing although the migrations history says the schema is complete. " +
                "Restore them from a backup, or migrate an empty database.");
        }
    }

    private async Task CheckDocumentedColumnsAsync(CancellationToken cancellationToken)
    {
        var actual = await ReadColumnsAsync(cancellationToken);
        var problems = new List<string>();
        // Only the documented tables: the app's own tables come with later migrations.
        foreach (var (table, columns) in ExpectedTables(db).Where(t => SchemaGuards.Tables.Contains(t.Key)))
        {
            if (!actual.TryGetValue(table, out var present))
            {
                problems.Add($"table \"{table}\" is missing");
                continue;
            }

            problems.AddRange(columns.Where(c => !present.Contains(c)).Select(c => $"column \"{table}\".\"{c}\" is missing"));
        }

        if (problems.Count > 0)
        {
            throw new SchemaProblemException(
                $"Cannot baseline: the database does not match the schema document ({string.Join("; ", problems)}). Nothing was changed.");
        }
    }

    private async Task RecordBaselineAsync(CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        var script = history.GetCreateIfNotExistsScript() + Environment.NewLine +
            history.GetInsertScript(new HistoryRow(BaselineMigrationId, ProductInfo.GetVersion()));
        await db.Database.ExecuteSqlRawAsync(script, cancellationToken);
    }

    private static async Task<(List<string> Applied, List<string> Pending, List<string> Unknown)> ReadHistoryAsync(
        DbContext context, string historyTable, CancellationToken cancellationToken)
    {
        var known = context.Database.GetMigrations().ToList();
        // Asking for applied migrations on a database without a history table logs a failed command (and so does
        // the provider's own existence check): ask the catalogue instead.
        var historyExists = await context.Database
            .SqlQuery<bool>($"SELECT to_regclass({historyTable}) IS NOT NULL AS \"Value\"")
            .SingleAsync(cancellationToken);
        var applied = historyExists ? (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList() : [];
        return (applied, known.Except(applied).ToList(), applied.Except(known).ToList());
    }

    /// <summary>Tables by name: bare for the current schema (the documented tables), qualified for any other.</summary>
    private static Dictionary<string, string[]> ExpectedTables(DbContext context) =>
        context.Model.GetEntityTypes()
            .Select(e => (Table: QualifiedName(e.GetSchema(), e.GetTableName()!), Store: StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema()), Entity: e))
            .ToDictionary(
                e => e.Table,
                e => e.Entity.GetProperties().Select(p => p.GetColumnName(e.Store)!).ToArray());

    private static string QualifiedName(string? schema, string table) => schema is null ? table : $"{schema}.{table}";

    private async Task<Dictionary<string, HashSet<string>>> ReadColumnsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Database
            .SqlQueryRaw<TableColumn>(
                "SELECT CASE WHEN table_schema = current_schema() THEN table_name ELSE table_schema || '.' || table_name END AS table_name, column_name " +
                "FROM information_schema.columns WHERE table_schema IN (current_schema(), {0})",
                AccountsDbContext.Schema)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.TableName).ToDictionary(g => g.Key, g => g.Select(r => r.ColumnName).ToHashSet());
    }

    // Mapped by the snake_case convention onto information_schema's own column names.
    private sealed class TableColumn
    {
        public string TableName { get; set; } = "";
        public string ColumnName { get; set; } = "";
    }
}
