using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>LeasePutMessage</c> (write shape).</summary>
public sealed class LeasePutMessage
{
    public required BuildiumEnumValue<LeaseType> LeaseType { get; set; }

    public required int UnitId { get; set; }

    public required DateOnly LeaseFromDate { get; set; }

    public DateOnly? LeaseToDate { get; set; }

    public required bool IsEvictionPending { get; set; }

    public bool? AutomaticallyMoveOutTenants { get; set; }
}
