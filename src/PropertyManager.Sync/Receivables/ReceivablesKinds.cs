using System.Runtime.CompilerServices;
using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Webhooks;

namespace PropertyManager.Sync.Receivables;

/// <summary>What leases are charged and owe: rent schedules (with their charges) and outstanding balances, each read with Buildium's one list for all leases.</summary>
internal static class ReceivablesKinds
{
    public static SyncKind LeaseRents() => new(new PullKind<RentMessage, LeaseRent>
    {
        Name = SyncEntityTypes.LeaseRent,
        Filter = IncrementalFilter.DateTime,
        Fetch = (context, window, ct) => OfKnownLeasesAsync(context, context.Client.LeaseRent.ListAllAsync(new RentListFilter { LastUpdatedFrom = window.Since }, ct), ct),
        Id = m => m.Id,
        Map = LeaseRentMapper.ToLocal,
        Parents = LeaseRentMapper.Parents,
        AfterBatch = RentChargesSync.AfterRentBatchAsync,
    })
    {
        Push = (pusher, item, ct) => new ReceivablesPush(pusher).PushLeaseRentAsync(item, ct),
    };

    /// <summary>Balances have no events of their own: the ledger's <c>LeaseTransaction</c> events re-read them (<see cref="LeaseLedgerPull"/>).</summary>
    public static SyncKind LeaseBalances() => new(new LeaseBalancePull());

    /// <summary>Each lease's ledger; a <c>LeaseTransaction</c> event re-reads the balances and the ledgers they show moved.</summary>
    public static SyncKind LeaseTransactions() => new(new LeaseLedgerPull(new LeaseBalancePull()))
    {
        Push = (pusher, item, ct) => new ReceivablesPush(pusher).PushPaymentAsync(item, ct),
        Webhooks = [new WebhookRoute("LeaseTransaction", "TransactionId")],
    };

    /// <summary>
    /// The schedules of leases known here: a lease created in Buildium after this run read leases has no local row to
    /// hang its schedule on yet; the next run reads both. The lease ids are loaded before the first page is read, while
    /// the DbContext is still free.
    /// </summary>
    private static async IAsyncEnumerable<RentMessage> OfKnownLeasesAsync(
        PullContext context, IAsyncEnumerable<RentMessage> schedules, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var known = await context.Parents.KnownIdsAsync<Lease>(cancellationToken);
        await foreach (var schedule in schedules.WithCancellation(cancellationToken))
        {
            if (known.Contains(schedule.LeaseId))
            {
                yield return schedule;
            }
        }
    }
}
