using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Filters of <c>GET /v1/leases/{leaseId}/charges</c>.</summary>
public sealed class LeaseChargeListFilter : IBuildiumListFilter
{
    public DateOnly? TransactionDateFrom { get; init; }

    public DateOnly? TransactionDateTo { get; init; }

    public IReadOnlyCollection<int>? BillIds { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .AddDate("transactiondatefrom", TransactionDateFrom)
            .AddDate("transactiondateto", TransactionDateTo)
            .AddMany("billids", BillIds);
    }
}
