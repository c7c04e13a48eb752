using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Bills;

/// <summary>Filters of <c>GET /v1/bills</c> (no updated-since filter exists).</summary>
public sealed class BillListFilter : IBuildiumListFilter
{
    public int? EntityId { get; init; }

    public AssociatedEntityType? EntityType { get; init; }

    public int? VendorId { get; init; }

    public string? ReferenceNumber { get; init; }

    public BillPaidStatus? PaidStatus { get; init; }

    public DateOnly? FromPaidDate { get; init; }

    public DateOnly? ToPaidDate { get; init; }

    public IReadOnlyCollection<BillApprovalStatus>? ApprovalStatuses { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .Add("entityid", EntityId)
            .Add("entitytype", EntityType)
            .Add("vendorid", VendorId)
            .Add("referencenumber", ReferenceNumber)
            .Add("paidstatus", PaidStatus)
            .AddDate("frompaiddate", FromPaidDate)
            .AddDate("topaiddate", ToPaidDate)
            .AddMany("approvalstatuses", ApprovalStatuses);
    }
}
