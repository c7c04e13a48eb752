namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillPaymentLinePostMessage</c> (write shape).</summary>
public sealed class BillPaymentLinePostMessage
{
    public required int BillLineId { get; set; }

    public required decimal Amount { get; set; }
}
