namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseRentChargeMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseRentChargeMessage
{
    public int? Id { get; set; }

    public int? GLAccountId { get; set; }

    public double? Amount { get; set; }

    public string? Memo { get; set; }

    public DateOnly? FirstChargeDate { get; set; }

    public int? PostDaysInAdvance { get; set; }

    public int? DueOnDayOfTheMonth { get; set; }
}
