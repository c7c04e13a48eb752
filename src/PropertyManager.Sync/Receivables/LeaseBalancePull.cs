using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Reconcile;

namespace PropertyManager.Sync.Receivables;

/// <summary>
/// Lease balances (table <c>lease_balances</c>, one row per owing lease): Buildium's outstanding balances list, read
/// whole on every run (it has no change filter, and one paged list costs less than any per-lease read) and replacing
/// the table. Buildium lists only leases that owe: a lease no longer listed has a zero balance and loses its row. The
/// rows are keyed by the local lease, not by a Buildium id of their own, so this kind is not a <c>PullKind</c>.
/// </summary>
public sealed class LeaseBalancePull : IPullKind
{
    /// <summary>
    /// The kind's name. Not a <c>SyncEntityTypes</c> value: those name outbox kinds with a Buildium id per row, and
    /// balances are only ever read.
    /// </summary>
    public const string KindName = "lease_balance";

    private const string ReadInThisContext = "lease_balance.read";

    public string Name => KindName;

    public IncrementalFilter Filter => IncrementalFilter.None;

    public string? ParentKind => null;

    public async Task PullAsync(PullContext context, PullWindow window, KindCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(counts);
        using var totals = BuildiumListTotals.Observe(total => counts.Total ??= total);
        var listed = await ReadAsync(context, counts, cancellationToken);
        await WriteAsync(context, listed, counts, cancellationToken);
    }

    /// <summary>
    /// What a <c>LeaseTransaction</c> event asks for. Its payload names the transaction, not the lease (NOTES.md §7), so
    /// the whole list is read again, once per webhook batch however many transactions it names: one paged list costs
    /// less than finding each transaction's lease.
    /// </summary>
    public async Task PullOneAsync(PullContext context, int buildiumId, KindCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryAdd(ReadInThisContext, true))
        {
            await PullAsync(context, PullWindow.Everything, counts, cancellationToken);
        }
    }

    public async Task<KindReconciliation> ReconcileAsync(PullContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var listed = await ReadAsync(context, new KindCounts(), cancellationToken);
        var local = await LoadAsync(context, cancellationToken);
        var buildiumIds = await BuildiumLeaseIdsAsync(context, cancellationToken);
        var missingLocally = listed.Where(b => !local.ContainsKey(b.LeaseId)).Select(b => b.BuildiumLeaseId).Order().ToList();
        var different = listed.Where(b => local.TryGetValue(b.LeaseId, out var stored) && !stored.SameAmounts(b)).Select(b => b.BuildiumLeaseId).Order().ToList();
        var listedLeases = listed.Select(b => b.LeaseId).ToHashSet();
        var missingInBuildium = local.Keys.Where(id => !listedLeases.Contains(id)).Select(id => buildiumIds.GetValueOrDefault(id)).Order().ToList();
        return new KindReconciliation(Name, listed.Count, local.Count, missingLocally, missingInBuildium, different);
    }

    /// <summary>The listed balances of leases known here, keyed by the local lease id.</summary>
    private static async Task<List<Balance>> ReadAsync(PullContext context, KindCounts counts, CancellationToken cancellationToken)
    {
        var listed = new List<Balance>();
        var seen = new HashSet<long>();
        await foreach (var message in context.Client.OutstandingBalances.ListAsync(cancellationToken: cancellationToken).WithCancellation(cancellationToken))
        {
            counts.Read++;
            counts.AddProcessed();
            // A lease created in Buildium after this run read leases is not known yet: the next run reads it and its balance.
            if (await context.Parents.FindAsync<Lease>(message.LeaseId, cancellationToken) is long lease && seen.Add(lease))
            {
                listed.Add(new Balance(
                    lease, message.LeaseId, message.TotalBalance, message.Balance0To30Days, message.Balance31To60Days,
                    message.Balance61To90Days, message.BalanceOver90Days));
            }
        }

        return listed;
    }

    /// <summary>Replaces the rows with what was listed, in one transaction; counts what changed.</summary>
    private static async Task WriteAsync(PullContext context, List<Balance> listed, KindCounts counts, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await LoadAsync(context, cancellationToken);
        // The leases whose balance moved (Buildium ids): their ledgers changed, which a LeaseTransaction event cannot name.
        var moved = context.ChangedIn(KindName);
        foreach (var balance in listed)
        {
            if (!stored.TryGetValue(balance.LeaseId, out var previous))
            {
                counts.Created++;
                moved.Add(balance.BuildiumLeaseId);
            }
            else if (previous.SameAmounts(balance))
            {
                counts.Unchanged++;
            }
            else
            {
                counts.Updated++;
                moved.Add(balance.BuildiumLeaseId);
            }
        }

        var listedLeases = listed.Select(b => b.LeaseId).ToArray();
        var listedSet = listedLeases.ToHashSet();
        var gone = stored.Keys.Where(id => !listedSet.Contains(id)).ToArray();
        counts.Deactivated += gone.Length;
        if (gone.Length > 0)
        {
            moved.UnionWith(await context.Db.Leases.AsNoTracking()
                .Where(l => gone.Contains(l.Id) && l.BuildiumLeaseId != null)
                .Select(l => l.BuildiumLeaseId!.Value)
                .ToListAsync(cancellationToken));
        }

        // Their ledgers are due until read whole (LeaseLedgerPull), committed with the balances: a run that stops or
        // pauses before reading them leaves them due for the next, which no longer sees the balance move.
        await context.Records.MarkChildrenDueAsync(SyncEntityTypes.Lease, moved, cancellationToken);

        // as_of is the time of this read for every listed lease: the balance is Buildium's as of now, changed or not.
        await context.Db.Database.ExecuteSqlRawAsync("""
            DELETE FROM lease_balances WHERE lease_id = ANY({0});

            INSERT INTO lease_balances (lease_id, total_balance, balance_0_30, balance_31_60, balance_61_90, balance_over_90, as_of)
            SELECT d.lease_id, d.total, d.b0, d.b31, d.b61, d.b90, {7}
            FROM unnest({1}::bigint[], {2}::numeric[], {3}::numeric[], {4}::numeric[], {5}::numeric[], {6}::numeric[])
                 AS d(lease_id, total, b0, b31, b61, b90)
            ON CONFLICT (lease_id) DO UPDATE SET
                total_balance = EXCLUDED.total_balance, balance_0_30 = EXCLUDED.balance_0_30, balance_31_60 = EXCLUDED.balance_31_60,
                balance_61_90 = EXCLUDED.balance_61_90, balance_over_90 = EXCLUDED.balance_over_90, as_of = EXCLUDED.as_of;
            """,
            [
                gone, listedLeases, listed.Select(b => b.Total).ToArray(), listed.Select(b => b.Days0To30).ToArray(),
                listed.Select(b => b.Days31To60).ToArray(), listed.Select(b => b.Days61To90).ToArray(), listed.Select(b => b.Over90Days).ToArray(),
                DateTimeOffset.UtcNow,
            ],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The stored balances, read with the sync's connection as the other pulls write.</summary>
    private static async Task<Dictionary<long, Balance>> LoadAsync(PullContext context, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)context.Db.Database.GetDbConnection();
        await context.Db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT lease_id, total_balance, balance_0_30, balance_31_60, balance_61_90, balance_over_90 FROM lease_balances", connection);
        var balances = new Dictionary<long, Balance>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var lease = reader.GetInt64(0);
            balances[lease] = new Balance(lease, 0, reader.GetDecimal(1), reader.GetDecimal(2), reader.GetDecimal(3), reader.GetDecimal(4), reader.GetDecimal(5));
        }

        return balances;
    }

    private static async Task<Dictionary<long, int>> BuildiumLeaseIdsAsync(PullContext context, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<long, int>();
        foreach (var lease in await context.Db.Leases.AsNoTracking()
            .Where(l => l.BuildiumLeaseId != null && l.Balance != null)
            .Select(l => new { l.Id, l.BuildiumLeaseId })
            .ToListAsync(cancellationToken))
        {
            ids[lease.Id] = lease.BuildiumLeaseId!.Value;
        }

        return ids;
    }

    private sealed record Balance(long LeaseId, int BuildiumLeaseId, decimal Total, decimal Days0To30, decimal Days31To60, decimal Days61To90, decimal Over90Days)
    {
        public bool SameAmounts(Balance other) =>
            Total == other.Total && Days0To30 == other.Days0To30 && Days31To60 == other.Days31To60
            && Days61To90 == other.Days61To90 && Over90Days == other.Over90Days;
    }
}
