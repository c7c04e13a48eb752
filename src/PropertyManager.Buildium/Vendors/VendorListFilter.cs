using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Vendors;

/// <summary>Filters of <c>GET /v1/vendors</c>; <c>lastupdatedfrom/to</c> are UTC date-times.</summary>
public sealed class VendorListFilter : IBuildiumListFilter
{
    public ActiveStatus? Status { get; init; }

    public string? Email { get; init; }

    public string? Website { get; init; }

    public string? Name { get; init; }

    public InsuranceExpiration? InsuranceExpiration { get; init; }

    public string? Phone { get; init; }

    public DateTimeOffset? LastUpdatedFrom { get; init; }

    public DateTimeOffset? LastUpdatedTo { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .Add("status", Status)
            .Add("email", Email)
            .Add("website", Website)
            .Add("name", Name)
            .Add("insuranceexpiration", InsuranceExpiration)
            .Add("phone", Phone)
            .AddDateTime("lastupdatedfrom", LastUpdatedFrom)
            .AddDateTime("lastupdatedto", LastUpdatedTo);
    }
}
