namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>RentScheduleChargePutMessage</c> (write shape).</summary>
public sealed class RentScheduleChargePutMessage
{
    public required int GlAccountId { get; set; }

    public required decimal Amount { get; set; }

    public string? Memo { get; set; }

    public int? PostDaysInAdvance { get; set; }

    public required DateOnly NextDueDate { get; set; }
}
