using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Rentals;

/// <summary>Filters of <c>GET /v1/rentals</c>; <c>lastupdatedfrom/to</c> are UTC date-times.</summary>
public sealed class RentalListFilter : IBuildiumListFilter
{
    public string? Location { get; init; }

    public IReadOnlyCollection<RentalType>? Types { get; init; }

    public IReadOnlyCollection<RentalSubType>? SubTypes { get; init; }

    public RentalStatus? Status { get; init; }

    public IReadOnlyCollection<int>? RentalOwnerIds { get; init; }

    public IReadOnlyCollection<int>? PropertyIds { get; init; }

    public DateTimeOffset? LastUpdatedFrom { get; init; }

    public DateTimeOffset? LastUpdatedTo { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .Add("location", Location)
            .AddMany("types", Types)
            .AddMany("subtypes", SubTypes)
            .Add("status", Status)
            .AddMany("rentalownerids", RentalOwnerIds)
            .AddMany("propertyids", PropertyIds)
            .AddDateTime("lastupdatedfrom", LastUpdatedFrom)
            .AddDateTime("lastupdatedto", LastUpdatedTo);
    }
}
