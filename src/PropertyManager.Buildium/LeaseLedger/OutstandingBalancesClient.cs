using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Outstanding balances: <c>/v1/leases/outstandingbalances</c>, every owing lease in one paged list.</summary>
public sealed class OutstandingBalancesClient
{
    private readonly BuildiumTransport _transport;

    internal OutstandingBalancesClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Leases that owe money (zero and credit balances are not listed), page by page; sorted by lease id since the items have no Id.</summary>
    public IAsyncEnumerable<LeaseOutstandingBalanceMessage> ListAsync(OutstandingBalanceListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<LeaseOutstandingBalanceMessage>("v1/leases/outstandingbalances", filter, "LeaseId asc", cancellationToken);
}
