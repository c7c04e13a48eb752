namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>LeaseRentChargeMessage</c> (read shape).</summary>
public sealed class LeaseRentChargeMessage
{
    public int Id { get; set; }

    public int GLAccountId { get; set; }

    public decimal Amount { get; set; }

    public string? Memo { get; set; }

    public DateOnly? FirstChargeDate { get; set; }

    public int? PostDaysInAdvance { get; set; }

    public int? DueOnDayOfTheMonth { get; set; }
}
