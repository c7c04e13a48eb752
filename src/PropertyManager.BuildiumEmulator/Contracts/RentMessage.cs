namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "RentMessage" schema (shared/buildium/openapi.json): a rent schedule in the all-leases list.
internal sealed class RentMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public int? LeaseId { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public double? TotalAmount { get; set; }

    public string? RentCycle { get; set; }

    public bool? BackdateCharges { get; set; }

    public DateTime? CreatedDateTime { get; set; }

    public int? CreatedByUserId { get; set; }

    public DateTime? LastUpdatedDateTime { get; set; }

    public List<LeaseRentChargeMessage>? Charges { get; set; }
}
