using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Filters of <c>GET /v1/leases/rent</c>; all four bounds are UTC date-times.</summary>
public sealed class RentListFilter : IBuildiumListFilter
{
    public IReadOnlyCollection<int>? LeaseIds { get; init; }

    public DateTimeOffset? CreatedDateTimeFrom { get; init; }

    public DateTimeOffset? CreatedDateTimeTo { get; init; }

    public DateTimeOffset? LastUpdatedFrom { get; init; }

    public DateTimeOffset? LastUpdatedTo { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .AddMany("leaseids", LeaseIds)
            .AddDateTime("createddatetimefrom", CreatedDateTimeFrom)
            .AddDateTime("createddatetimeto", CreatedDateTimeTo)
            .AddDateTime("lastupdatedfrom", LastUpdatedFrom)
            .AddDateTime("lastupdatedto", LastUpdatedTo);
    }
}
