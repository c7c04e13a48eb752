namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillPaymentLineMessage" schema (shared/buildium/openapi.json).
internal sealed class BillPaymentLineMessage
{
    public BillPaymentAccountingEntityMessage? AccountingEntity { get; set; }

    public int? GLAccountId { get; set; }

    public double? Amount { get; set; }
}
