using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>General ledger transactions: <c>/v1/generalledger/transactions</c> (read only here).</summary>
public sealed class GeneralLedgerClient
{
    private const string Path = "v1/generalledger/transactions";

    private readonly BuildiumTransport _transport;

    internal GeneralLedgerClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every transaction matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<GeneralLedgerTransactionMessage> ListTransactionsAsync(
        GeneralLedgerTransactionListFilter filter, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<GeneralLedgerTransactionMessage>(Path, filter, cancellationToken);
}
