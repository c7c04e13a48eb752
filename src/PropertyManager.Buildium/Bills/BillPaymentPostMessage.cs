namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillPaymentPostMessage</c> (write shape).</summary>
public sealed class BillPaymentPostMessage
{
    public required int BankAccountId { get; set; }

    public required DateOnly EntryDate { get; set; }

    public string? Memo { get; set; }

    public string? CheckNumber { get; set; }

    public required List<BillPaymentLinePostMessage> Lines { get; set; }

    public List<int>? VendorCreditIds { get; set; }
}
