using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>RentSchedulePostMessage</c> (write shape). The first schedule of a lease starts on the lease's start date.</summary>
public sealed class RentSchedulePostMessage
{
    public DateOnly? StartDate { get; set; }

    public required BuildiumEnumValue<RentScheduleCycle> RentCycle { get; set; }

    public required bool BackdateCharges { get; set; }

    public required List<RentScheduleChargePostMessage> Charges { get; set; }
}
