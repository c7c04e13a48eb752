using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Tenants;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Reconcile;

namespace PropertyManager.Sync.Receivables;

/// <summary>
/// Lease ledgers (table <c>lease_transactions</c>): <c>GET /v1/leases/{id}/transactions</c>, one list per lease, as
/// Buildium has no list of every lease's transactions. A first run (or <c>sync --full --children</c>) reads every known
/// lease's whole ledger. Buildium filters a ledger by transaction date only, never by change date, so any other run
/// (a plain full one too, as for the other per-parent kinds) asks the balances list (read just before, whole, in a few
/// pages) what moved: it reads whole the ledgers of the leases whose balance moved and of the leases that changed in
/// the run, not the 20,000 ledgers of a large account (a charge and a payment that
/// cancel out arrive by their <c>LeaseTransaction</c> events or the next full run). Ledgers read whole lose the local
/// entries Buildium no longer lists. A <c>LeaseTransaction</c> event names the transaction but not its lease: the
/// balances list is read again (once per batch) and the ledgers of the entry's lease, if known, and of every lease
/// whose balance moved are read whole.
/// </summary>
public sealed class LeaseLedgerPull : IPullKind
{
    private const string LeasesDone = "lease_transaction.done";
    private const string LeasesOnly = "lease_transaction.only";
    private const string LeasesRead = "lease_transaction.read";
    private readonly LeaseBalancePull _balances;
    private readonly PullKind<ChildRecord<LeaseTransactionMessage>, LeaseTransaction> _entries;

    public LeaseLedgerPull(LeaseBalancePull balances)
    {
        _balances = balances;
        _entries = new PullKind<ChildRecord<LeaseTransactionMessage>, LeaseTransaction>
        {
            Name = SyncEntityTypes.LeaseTransaction,
            // A lease is marked once its whole ledger is committed, so a first sync stopped or paused part-way resumes
            // with the ledgers not yet read (the catalogue still sees no parent kind: see ParentKind below).
            ParentKind = SyncEntityTypes.Lease,
            // Read per lease, as a child kind is; which leases an incremental run reads is decided in LedgersAsync.
            Filter = IncrementalFilter.Child,
            Fetch = LedgersAsync,
            Id = c => c.Item.Id,
            Map = (c, entity) => LeaseTransactionMapper.ToLocal(c.Item, entity),
            Parents = c => LeaseTransactionMapper.Parents(c.ParentId, c.Item),
            Resolve = async (context, c, entity, ct) =>
                entity.PayeeTenantId = (Guid?)await context.Parents.FindAsync<Tenant>(c.Item.PayeeTenantId, ct),
        };
    }

    public string Name => _entries.Name;

    public IncrementalFilter Filter => _entries.Filter;

    /// <summary>
    /// None for the catalogue: which ledgers a run reads is decided here (<see cref="LedgersAsync"/>), not by the leases
    /// changed alone, and a lease's webhook reads its own ledger through <see cref="PullOneAsync"/>.
    /// </summary>
    public string? ParentKind => null;

    public async Task PullAsync(PullContext context, PullWindow window, KindCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(window);
        var listed = new ConcurrentDictionary<int, ConcurrentBag<int>>();
        context.Items[LeasesRead] = listed;
        await _entries.PullAsync(context, window, counts, cancellationToken);
        counts.Deactivated += await DropUnlistedAsync(context, listed, cancellationToken);
    }

    public async Task PullOneAsync(PullContext context, int buildiumId, KindCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(counts);
        await _balances.PullOneAsync(context, buildiumId, counts, cancellationToken);
        var leases = context.ChangedIn(LeaseBalancePull.KindName).ToHashSet();
        var known = await context.Db.LeaseTransactions.AsNoTracking()
            .Where(t => t.BuildiumTransactionId == buildiumId && t.Lease!.BuildiumLeaseId != null)
            .Select(t => t.Lease!.BuildiumLeaseId!.Value)
            .FirstOrDefaultAsync(cancellationToken);
        if (known > 0)
        {
            leases.Add(known);
        }

        // A webhook batch may name many entries of the same leases: each ledger is read once per batch.
        var done = context.Items.TryGetValue(LeasesDone, out var memo) ? (HashSet<int>)memo : [];
        context.Items[LeasesDone] = done;
        leases.ExceptWith(done);
        if (leases.Count == 0)
        {
            return;
        }

        done.UnionWith(leases);
        context.Items[LeasesOnly] = leases.Order().ToList();
        try
        {
            await PullAsync(context, PullWindow.Everything, counts, cancellationToken);
        }
        finally
        {
            context.Items.Remove(LeasesOnly);
        }
    }

    public Task<KindReconciliation> ReconcileAsync(PullContext context, CancellationToken cancellationToken) =>
        _entries.ReconcileAsync(context, cancellationToken);

    /// <summary>
    /// The ledgers due: those of leases never read whole against their current state (every lease on a first sync, those
    /// a stopped or paused run left, leases changed since) and of leases whose balance moved (<see cref="LeaseBalancePull"/>
    /// marks them due with the balance it stores). <c>sync --full --children</c> reads every known lease's.
    /// </summary>
    private static async IAsyncEnumerable<ChildRecord<LeaseTransactionMessage>> LedgersAsync(
        PullContext context, PullWindow window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<int> leases;
        if (context.Items.TryGetValue(LeasesOnly, out var only))
        {
            leases = (List<int>)only;
        }
        else
        {
            var query = context.Db.Leases.AsNoTracking().Where(l => l.BuildiumLeaseId != null);
            if (!window.IsFull || !context.AllChildren)
            {
                var due = (await context.Records.ChildrenDueAsync(SyncEntityTypes.Lease, cancellationToken)).ToArray();
                query = query.Where(l => due.Contains(l.BuildiumLeaseId!.Value));
            }

            leases = await query.Select(l => l.BuildiumLeaseId!.Value).Order().ToListAsync(cancellationToken);
        }

        var listed = context.Items.TryGetValue(LeasesRead, out var memo) ? (ConcurrentDictionary<int, ConcurrentBag<int>>)memo : new();
        await foreach (var entry in ReadLedgersAsync(context, leases, listed, cancellationToken))
        {
            yield return entry;
        }
    }

    private static IAsyncEnumerable<ChildRecord<LeaseTransactionMessage>> ReadLedgersAsync(
        PullContext context, IReadOnlyList<int> leases, ConcurrentDictionary<int, ConcurrentBag<int>> listed, CancellationToken cancellationToken) =>
        ChildFetch.ForEachParentAsync(
            leases,
            (leaseId, ct) =>
            {
                var ids = listed.GetOrAdd(leaseId, _ => []);
                return context.Client.LeaseTransactions.ListAsync(leaseId, new LeaseTransactionListFilter(), ct)
                    .Select(entry =>
                    {
                        ids.Add(entry.Id);
                        return new ChildRecord<LeaseTransactionMessage>(leaseId, entry);
                    });
            },
            context.ChildConcurrency,
            context.Progress,
            context.ChildReads,
            leaseId => leaseId,
            context.Pause,
            cancellationToken);

    /// <summary>
    /// Entries of the leases read whole that Buildium no longer lists (a deleted or reversed-and-removed entry) are
    /// deleted: the ledger is Buildium's. Entries not yet in Buildium (a payment still to push) have no id and stay.
    /// </summary>
    private static async Task<int> DropUnlistedAsync(PullContext context, ConcurrentDictionary<int, ConcurrentBag<int>> listed, CancellationToken cancellationToken)
    {
        var dropped = 0;
        foreach (var (leaseId, ids) in listed)
        {
            var keep = ids.ToArray();
            var gone = await context.Db.LeaseTransactions
                .Where(t => t.Lease!.BuildiumLeaseId == leaseId && t.BuildiumTransactionId != null && !keep.Contains(t.BuildiumTransactionId.Value))
                .Select(t => t.BuildiumTransactionId!.Value)
                .ToListAsync(cancellationToken);
            if (gone.Count == 0)
            {
                continue;
            }

            dropped += await context.Db.LeaseTransactions
                .Where(t => t.BuildiumTransactionId != null && gone.Contains(t.BuildiumTransactionId.Value))
                .ExecuteDeleteAsync(cancellationToken);
            await context.Records.MarkDeletedAsync(SyncEntityTypes.LeaseTransaction, gone, cancellationToken);
        }

        return dropped;
    }
}
