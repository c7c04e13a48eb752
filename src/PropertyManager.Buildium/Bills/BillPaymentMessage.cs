namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillPaymentMessage</c> (read shape).</summary>
public sealed class BillPaymentMessage
{
    public int Id { get; set; }

    public int BankAccountId { get; set; }

    public DateOnly EntryDate { get; set; }

    public string? Memo { get; set; }

    public string? CheckNumber { get; set; }

    public List<int>? PaidBillIds { get; set; }

    public List<AppliedVendorCreditMessage>? AppliedVendorCredits { get; set; }

    public List<BillPaymentLineMessage>? Lines { get; set; }
}
