using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using PropertyManager.Data.Migrations;

namespace PropertyManager.Data.Schema;

/// <summary>
/// Applies migrations and adopts ("baselines") databases built by hand from the schema document, refusing with a
/// clear <see cref="SchemaProblemException"/> whenever going on would fail halfway or damage data.
/// </summary>
public sealed class SchemaMigrator(AppDbContext db)
{
    /// <summary>The migration that a hand-built database already satisfies.</summary>
    public static string BaselineMigrationId { get; } = typeof(DocumentedSchema).GetCustomAttributes(typeof(MigrationAttribute), false)
        .Cast<MigrationAttribute>().Single().Id;

    public async Task<SchemaState> GetStateAsync(CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToList();
        // Asking for applied migrations on a database without a history table logs a failed command (and so does
        // the provider's own existence check): ask the catalogue instead.
        var historyExists = await db.Database
            .SqlQueryRaw<bool>("SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL AS \"Value\"")
            .SingleAsync(cancellationToken);
        var applied = historyExists ? (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList() : [];
        var columns = await ReadColumnsAsync(cancellationToken);
        var expected = ExpectedTables();
        return new SchemaState(
            applied,
            known.Except(applied).ToList(),
            applied.Except(known).ToList(),
            expected.Keys.Where(t => !columns.ContainsKey(t)).ToList(),
            SchemaGuards.Tables.Where(columns.ContainsKey).ToList());
    }

    /// <summary>Throws unless the database is fully migrated to exactly this build's schema.</summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        var state = await GetStateAsync(cancellationToken);
        ThrowIfNewer(state);
        if (state.Applied.Count == 0 && state.PresentTables.Count > 0)
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
    }

    /// <returns>The migrations applied by this call.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(bool baseline, CancellationToken cancellationToken)
    {
        var state = await GetStateAsync(cancellationToken);
        ThrowIfNewer(state);

        if (baseline)
        {
            if (state.Applied.Count > 0)
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
        else if (state.Applied.Count == 0 && state.PresentTables.Count > 0)
        {
            throw NeedsBaseline();
        }

        // EF Core reads the history table before creating it and logs that failed query as an error on every
        // fresh database; creating it first (idempotent) keeps a first run's log clean.
        var pending = (await GetStateAsync(cancellationToken)).Pending;
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        ThrowIfTablesMissing(await GetStateAsync(cancellationToken));
        return pending;
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
        foreach (var (table, columns) in ExpectedTables().Where(t => SchemaGuards.Tables.Contains(t.Key)))
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

    private Dictionary<string, string[]> ExpectedTables() =>
        db.Model.GetEntityTypes()
            .Select(e => (Table: e.GetTableName()!, Store: StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema()), Entity: e))
            .ToDictionary(
                e => e.Table,
                e => e.Entity.GetProperties().Select(p => p.GetColumnName(e.Store)!).ToArray());

    private async Task<Dictionary<string, HashSet<string>>> ReadColumnsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Database
            .SqlQueryRaw<TableColumn>(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()")
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
