using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Leases;

/// <summary>Filters of <c>GET /v1/leases</c>: <c>lastupdatedfrom/to</c> are UTC date-times, <c>createddatetimefrom/to</c> are <c>yyyy-MM-dd HH:mm:ss</c>, lease dates are dates.</summary>
public sealed class LeaseListFilter : IBuildiumListFilter
{
    public IReadOnlyCollection<int>? PropertyIds { get; init; }

    public IReadOnlyCollection<int>? RentalOwnerIds { get; init; }

    public string? UnitNumber { get; init; }

    public string? TenantName { get; init; }

    public DateOnly? LeaseDateFrom { get; init; }

    public DateOnly? LeaseDateTo { get; init; }

    public IReadOnlyCollection<LeaseType>? LeaseTypes { get; init; }

    public IReadOnlyCollection<LeaseStatus>? LeaseStatuses { get; init; }

    public DateTimeOffset? CreatedDateTimeFrom { get; init; }

    public DateTimeOffset? CreatedDateTimeTo { get; init; }

    public DateTimeOffset? LastUpdatedFrom { get; init; }

    public DateTimeOffset? LastUpdatedTo { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .AddMany("propertyids", PropertyIds)
            .AddMany("rentalownerids", RentalOwnerIds)
            .Add("unitnumber", UnitNumber)
            .Add("tenantname", TenantName)
            .AddDate("leasedatefrom", LeaseDateFrom)
            .AddDate("leasedateto", LeaseDateTo)
            .AddMany("leasetypes", LeaseTypes)
            .AddMany("leasestatuses", LeaseStatuses)
            .AddSpacedDateTime("createddatetimefrom", CreatedDateTimeFrom)
            .AddSpacedDateTime("createddatetimeto", CreatedDateTimeTo)
            .AddDateTime("lastupdatedfrom", LastUpdatedFrom)
            .AddDateTime("lastupdatedto", LastUpdatedTo);
    }
}
