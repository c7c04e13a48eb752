namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseRentMessage" schema (shared/buildium/openapi.json): a rent schedule under one lease.
internal sealed class LeaseRentMessage
{
    public int? Id { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public double? TotalAmount { get; set; }

    public string? RentCycle { get; set; }

    public bool? BackdateCharges { get; set; }

    public DateTime? CreatedDateTime { get; set; }

    public int? CreatedByUserId { get; set; }

    public List<LeaseRentChargeMessage>? Charges { get; set; }
}
