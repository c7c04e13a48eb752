using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>LeaseTenantMessage</c> (read shape).</summary>
public sealed class LeaseTenantMessage
{
    public int Id { get; set; }

    public BuildiumEnumValue<LeaseTenantStatus> Status { get; set; }

    public DateOnly? MoveInDate { get; set; }
}
