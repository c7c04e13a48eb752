using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Owners;

/// <summary>Filters of <c>GET /v1/rentals/owners</c>; <c>lastupdatedfrom/to</c> are UTC date-times.</summary>
public sealed class RentalOwnerListFilter : IBuildiumListFilter
{
    public IReadOnlyCollection<int>? PropertyIds { get; init; }

    public ActiveStatus? Status { get; init; }

    public int? AgreementDaysRemaining { get; init; }

    public string? OwnerName { get; init; }

    public string? Phone { get; init; }

    public DateTimeOffset? LastUpdatedFrom { get; init; }

    public DateTimeOffset? LastUpdatedTo { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .AddMany("propertyids", PropertyIds)
            .Add("status", Status)
            .Add("agreementdaysremaining", AgreementDaysRemaining)
            .Add("ownername", OwnerName)
            .Add("phone", Phone)
            .AddDateTime("lastupdatedfrom", LastUpdatedFrom)
            .AddDateTime("lastupdatedto", LastUpdatedTo);
    }
}
