using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using PropertyManager.Bench.Infrastructure;
using PropertyManager.Bench.Worker;
using PropertyManager.Data;
using PropertyManager.Data.Units;
using PropertyManager.Sync.Engine;
using PropertyManager.Sync.Portfolio;

namespace PropertyManager.Bench.Scenarios;

/// <summary>
/// The database side alone: the large seed's units (20,000 rows, synced once into a fresh database together with
/// their parents) written three ways into an empty table, alternating within each repetition: the engine's
/// <see cref="BulkUpserter"/> in the pull's batches of 1000 with a transaction each; one binary COPY into the same
/// (truncated) table, with its foreign keys and indexes; and one binary COPY into an empty copy of the table
/// (<c>LIKE ... INCLUDING ALL</c>: same indexes, no foreign keys or triggers), the practical limit.
/// </summary>
internal sealed class WriteRateScenario : IScenario
{
    /// <summary>The pull's batch size (<c>PullKind.BatchSize</c>): the upserter is timed as the engine calls it.</summary>
    private const int BatchSize = 1000;
    private const string BareCopy = "units_bench_copy";

    /// <summary>What the sync owns of a unit, as the pull computes it: everything but keys, timestamps and local-only fields (IsActive is set by the pull).</summary>
    private static readonly HashSet<string> _notOwned =
        [.. UnitMapper.LocalOnlyFields.Where(f => f != nameof(Unit.IsActive)), nameof(Unit.Id), nameof(Unit.CreatedAt), nameof(Unit.UpdatedAt)];

    public string Name => "write-rate";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var emulator = await context.EmulatorAsync("large", cancellationToken);
        var database = await context.Databases.CreateAsync(Name, cancellationToken);
        var setup = await WorkerProcess.RunOnceAsync(
            BenchContext.Setup(emulator, database, rateLimited: false),
            new WorkerCommand("entities", ["gl_account", "bank_account", "property", "unit"]),
            cancellationToken);
        if (!setup.Succeeded)
        {
            throw new InvalidOperationException($"Syncing the units to write failed: {string.Join("; ", setup.Errors)}");
        }

        List<Unit> rows;
        await using (var db = new AppDbContext(AppDbContextOptions.Create(database)))
        {
            rows = await db.Units.AsNoTracking().OrderBy(u => u.BuildiumUnitId).ToListAsync(cancellationToken);
        }

        context.Log($"{Name}: {rows.Count:N0} units to write, {context.Options.WriteRuns} repetitions");
        var upsert = new List<double>();
        var copyTable = new List<double>();
        var copyBare = new List<double>();
        // One unmeasured round first: this process has not run the upserter or COPY before (JIT, EF model, pool).
        await UpsertAsync(database, rows, cancellationToken);
        await CopyAsync(database, rows, bare: false, cancellationToken);
        await CopyAsync(database, rows, bare: true, cancellationToken);
        for (var run = 1; run <= context.Options.WriteRuns; run++)
        {
            upsert.Add(rows.Count / await UpsertAsync(database, rows, cancellationToken));
            copyTable.Add(rows.Count / await CopyAsync(database, rows, bare: false, cancellationToken));
            copyBare.Add(rows.Count / await CopyAsync(database, rows, bare: true, cancellationToken));
            context.Log(string.Create(CultureInfo.InvariantCulture,
                $"{Name} run {run}/{context.Options.WriteRuns}: upsert {upsert[^1]:N0} rows/s, COPY into the table {copyTable[^1]:N0} rows/s, COPY into an empty copy {copyBare[^1]:N0} rows/s"));
        }

        await context.Databases.DropAsync(database, cancellationToken);
        var results = context.Results;
        results.Add(Name, $"BulkUpserter rows/s ({rows.Count:N0} units, batches of {BatchSize})", upsert, format: "N0");
        results.Add(Name, "COPY into the same table rows/s", copyTable, format: "N0");
        results.Add(Name, "COPY into an empty copy rows/s (limit)", copyBare, format: "N0");
        results.Add(Name, "upserter / COPY limit", upsert.Zip(copyBare, (u, c) => u / c), format: "P0");
    }

    /// <summary>Seconds for the engine's upserter to write every row into the emptied table.</summary>
    private static async Task<double> UpsertAsync(string database, List<Unit> rows, CancellationToken cancellationToken)
    {
        await TruncateAsync(database, cancellationToken);
        await using var db = new AppDbContext(AppDbContextOptions.Create(database));
        var owned = Owned(db).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var upserter = new BulkUpserter(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        foreach (var batch in rows.Chunk(BatchSize))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await upserter.UpsertAsync(batch, nameof(Unit.BuildiumUnitId), owned, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>Seconds for one COPY of every row, into the emptied table or into a new empty copy of it.</summary>
    private static async Task<double> CopyAsync(string database, List<Unit> rows, bool bare, CancellationToken cancellationToken)
    {
        await using var db = new AppDbContext(AppDbContextOptions.Create(database));
        var entityType = db.Model.FindEntityType(typeof(Unit))!;
        var table = entityType.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken);
        if (bare)
        {
            await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {BareCopy}; CREATE TABLE {BareCopy} (LIKE \"{table}\" INCLUDING ALL)", cancellationToken);
        }
        else
        {
            await TruncateAsync(database, cancellationToken);
        }

        var stopwatch = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await RawCopy.CopyAsync(connection, bare ? BareCopy : table, Owned(db), store, rows, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    private static List<IProperty> Owned(AppDbContext db) =>
        [.. db.Model.FindEntityType(typeof(Unit))!.GetProperties().Where(p => !_notOwned.Contains(p.Name))];

    /// <summary>Empties the units table; CASCADE empties the tables that point at it, which this database leaves empty anyway.</summary>
    private static async Task TruncateAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "TRUNCATE units CASCADE", cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
