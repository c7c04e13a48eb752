namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>LeaseChargePutMessage</c> (write shape): the lines are replaced whole.</summary>
public sealed class LeaseChargePutMessage
{
    public required DateOnly Date { get; set; }

    public string? Memo { get; set; }

    public required List<LeaseChargeLineSaveMessage> Lines { get; set; }
}
