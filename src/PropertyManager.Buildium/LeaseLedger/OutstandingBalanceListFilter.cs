using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Filters of <c>GET /v1/leases/outstandingbalances</c>; <see cref="EntityType"/> and <see cref="EntityId"/> go together.</summary>
public sealed class OutstandingBalanceListFilter : IBuildiumListFilter
{
    public OutstandingBalanceEntityType? EntityType { get; init; }

    public int? EntityId { get; init; }

    public IReadOnlyCollection<Leases.LeaseStatus>? LeaseStatuses { get; init; }

    public IReadOnlyCollection<int>? LeaseIds { get; init; }

    public PastDueEmailStatus? PastDueEmail { get; init; }

    public BalanceDuration? BalanceDuration { get; init; }

    public EvictionStatus? EvictionStatus { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .Add("entitytype", EntityType)
            .Add("entityid", EntityId)
            .AddMany("leasestatuses", LeaseStatuses)
            .AddMany("leaseids", LeaseIds)
            .Add("pastdueemail", PastDueEmail)
            .Add("balanceduration", BalanceDuration)
            .Add("evictionstatus", EvictionStatus);
    }
}
