using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Filters of <c>GET /v1/leases/{leaseId}/transactions</c> (dates, not date-times; no updated-since filter exists).</summary>
public sealed class LeaseTransactionListFilter : IBuildiumListFilter
{
    public DateOnly? TransactionDateFrom { get; init; }

    public DateOnly? TransactionDateTo { get; init; }

    public IReadOnlyCollection<LeaseTransactionType>? TransactionTypes { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .AddDate("transactiondatefrom", TransactionDateFrom)
            .AddDate("transactiondateto", TransactionDateTo)
            .AddMany("transactiontypes", TransactionTypes);
    }
}
