using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>LeaseRentMessage</c> (read shape): a rent schedule under one lease.</summary>
public sealed class LeaseRentMessage
{
    public int Id { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public decimal TotalAmount { get; set; }

    public BuildiumEnumValue<RentCycleRead> RentCycle { get; set; }

    public bool BackdateCharges { get; set; }

    public DateTimeOffset? CreatedDateTime { get; set; }

    public int? CreatedByUserId { get; set; }

    public List<LeaseRentChargeMessage>? Charges { get; set; }
}
