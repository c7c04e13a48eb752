using PropertyManager.Data.Leases;

namespace PropertyManager.Data.Tenants;

/// <summary>A tenant on a lease (table <c>lease_tenants</c>): when they moved in and out, and who is the primary contact.</summary>
public sealed class LeaseTenant
{
    public Guid Id { get; set; }
    public long LeaseId { get; set; }
    public Guid TenantId { get; set; }
    /// <summary>Buildium's lease tenant status: Current, Past or Future.</summary>
    public string? Status { get; set; }
    public DateOnly? MoveInDate { get; set; }
    public DateOnly? MoveOutDate { get; set; }
    public bool IsPrimary { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public Lease? Lease { get; set; }
    public Tenant? Tenant { get; set; }
}
