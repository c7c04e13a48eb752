using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>LeaseRenewalMessage</c> (read shape): one renewal term of a lease and its rent.</summary>
public sealed class LeaseRenewalMessage
{
    public int Id { get; set; }

    public BuildiumEnumValue<LeaseStatus> LeaseStatus { get; set; }

    public DateOnly? LeaseFromDate { get; set; }

    public DateOnly? LeaseToDate { get; set; }

    public BuildiumEnumValue<LeaseType> LeaseType { get; set; }

    public decimal? Rent { get; set; }

    public int? RentId { get; set; }

    public List<int>? TenantIds { get; set; }
}
