namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>LeaseChargePostMessage</c> (write shape).</summary>
public sealed class LeaseChargePostMessage
{
    public required DateOnly Date { get; set; }

    public string? Memo { get; set; }

    public int? BillId { get; set; }

    public required List<LeaseChargeLineSaveMessage> Lines { get; set; }
}
