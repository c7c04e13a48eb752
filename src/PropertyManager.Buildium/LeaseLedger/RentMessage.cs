using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>RentMessage</c> (read shape): a rent schedule in the list of every lease's schedules.</summary>
public sealed class RentMessage
{
    public int Id { get; set; }

    public int LeaseId { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public decimal TotalAmount { get; set; }

    public BuildiumEnumValue<RentCycleRead> RentCycle { get; set; }

    public bool BackdateCharges { get; set; }

    public DateTimeOffset? CreatedDateTime { get; set; }

    public int? CreatedByUserId { get; set; }

    public DateTimeOffset? LastUpdatedDateTime { get; set; }

    public List<LeaseRentChargeMessage>? Charges { get; set; }
}
