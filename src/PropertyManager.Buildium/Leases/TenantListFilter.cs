using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Leases;

/// <summary>Filters of <c>GET /v1/leases/tenants</c>; <c>lastupdatedfrom/to</c> are UTC date-times.</summary>
public sealed class TenantListFilter : IBuildiumListFilter
{
    public IReadOnlyCollection<BuildingStatus>? BuildingStatuses { get; init; }

    public IReadOnlyCollection<LeaseStatus>? LeaseTermStatuses { get; init; }

    public string? UnitNumber { get; init; }

    public string? Name { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public IReadOnlyCollection<int>? PropertyIds { get; init; }

    public IReadOnlyCollection<int>? RentalOwnerIds { get; init; }

    public IReadOnlyCollection<int>? UnitIds { get; init; }

    public DateTimeOffset? LastUpdatedFrom { get; init; }

    public DateTimeOffset? LastUpdatedTo { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .AddMany("buildingstatuses", BuildingStatuses)
            .AddMany("leasetermstatuses", LeaseTermStatuses)
            .Add("unitnumber", UnitNumber)
            .Add("name", Name)
            .Add("phone", Phone)
            .Add("email", Email)
            .AddMany("propertyids", PropertyIds)
            .AddMany("rentalownerids", RentalOwnerIds)
            .AddMany("unitids", UnitIds)
            .AddDateTime("lastupdatedfrom", LastUpdatedFrom)
            .AddDateTime("lastupdatedto", LastUpdatedTo);
    }
}
