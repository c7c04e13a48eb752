using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>LeaseRentPostMessage</c> (write shape).</summary>
public sealed class LeaseRentPostMessage
{
    public required BuildiumEnumValue<RentCycle> Cycle { get; set; }

    public required List<LeaseRentChargePostMessage> Charges { get; set; }
}
