namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>LeaseChargeLineSaveMessage</c> (write shape).</summary>
public sealed class LeaseChargeLineSaveMessage
{
    public required decimal Amount { get; set; }

    public required int GLAccountId { get; set; }

    public string? ReferenceNumber { get; set; }
}
