using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>RentSchedulePutMessage</c> (write shape): the charges are replaced whole.</summary>
public sealed class RentSchedulePutMessage
{
    public required BuildiumEnumValue<RentScheduleCycle> RentCycle { get; set; }

    public required bool BackdateCharges { get; set; }

    public required List<RentScheduleChargePutMessage> Charges { get; set; }
}
