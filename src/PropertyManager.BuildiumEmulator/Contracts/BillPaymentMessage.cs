namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillPaymentMessage" schema (shared/buildium/openapi.json).
internal sealed class BillPaymentMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public int? BankAccountId { get; set; }

    public DateOnly? EntryDate { get; set; }

    public string? Memo { get; set; }

    public string? CheckNumber { get; set; }

    public List<int>? PaidBillIds { get; set; }

    public List<AppliedVendorCreditMessage>? AppliedVendorCredits { get; set; }

    public List<BillPaymentLineMessage>? Lines { get; set; }
}
