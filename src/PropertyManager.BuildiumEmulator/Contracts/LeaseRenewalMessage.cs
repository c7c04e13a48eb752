namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseRenewalMessage" schema (shared/buildium/openapi.json): one renewal term of a lease.
internal sealed class LeaseRenewalMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? LeaseStatus { get; set; }

    public DateOnly? LeaseFromDate { get; set; }

    public DateOnly? LeaseToDate { get; set; }

    public string? LeaseType { get; set; }

    public double? Rent { get; set; }

    public int? RentId { get; set; }

    public List<int>? TenantIds { get; set; }
}
