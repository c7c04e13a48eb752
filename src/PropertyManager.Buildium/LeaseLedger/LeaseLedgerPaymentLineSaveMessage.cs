namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>LeaseLedgerPaymentLineSaveMessage</c> (write shape).</summary>
public sealed class LeaseLedgerPaymentLineSaveMessage
{
    public required decimal Amount { get; set; }

    public required int GLAccountId { get; set; }
}
