using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>
/// Filters of <c>GET /v1/generalledger/transactions</c>. <see cref="StartDate"/>, <see cref="EndDate"/> (transaction
/// dates) and <see cref="GlAccountIds"/> are required by Buildium; <see cref="LastUpdatedFrom"/> is the only
/// changed-since filter Buildium offers over bills and bill payments.
/// </summary>
public sealed class GeneralLedgerTransactionListFilter : IBuildiumListFilter
{
    public required DateOnly StartDate { get; init; }

    public required DateOnly EndDate { get; init; }

    public required IReadOnlyCollection<int> GlAccountIds { get; init; }

    public int? SelectionEntityId { get; init; }

    public AssociatedEntityType? SelectionEntityType { get; init; }

    public int? SelectionEntityUnitId { get; init; }

    public DateTimeOffset? LastUpdatedFrom { get; init; }

    public DateTimeOffset? LastUpdatedTo { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .Add("selectionentityid", SelectionEntityId)
            .Add("selectionentitytype", SelectionEntityType)
            .AddDate("startdate", StartDate)
            .AddDate("enddate", EndDate)
            .AddMany("glaccountids", GlAccountIds)
            .Add("selectionentityunitid", SelectionEntityUnitId)
            .AddDateTime("lastupdatedfrom", LastUpdatedFrom)
            .AddDateTime("lastupdatedto", LastUpdatedTo);
    }
}
