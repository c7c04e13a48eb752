namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillPaymentLineMessage</c> (read shape).</summary>
public sealed class BillPaymentLineMessage
{
    public BillPaymentAccountingEntityMessage? AccountingEntity { get; set; }

    public int GLAccountId { get; set; }

    public decimal Amount { get; set; }
}
