using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Units;

/// <summary>Filters of <c>GET /v1/rentals/units</c>; <c>lastupdatedfrom/to</c> are UTC date-times.</summary>
public sealed class RentalUnitListFilter : IBuildiumListFilter
{
    public IReadOnlyCollection<int>? PropertyIds { get; init; }

    public DateTimeOffset? LastUpdatedFrom { get; init; }

    public DateTimeOffset? LastUpdatedTo { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .AddMany("propertyids", PropertyIds)
            .AddDateTime("lastupdatedfrom", LastUpdatedFrom)
            .AddDateTime("lastupdatedto", LastUpdatedTo);
    }
}
