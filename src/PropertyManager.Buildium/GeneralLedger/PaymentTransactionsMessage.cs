using PropertyManager.Buildium.Bills;

namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>Buildium <c>PaymentTransactionsMessage</c> (read shape).</summary>
public sealed class PaymentTransactionsMessage
{
    public int Id { get; set; }

    public AccountingEntityMessage? AccountingEntity { get; set; }

    public decimal Amount { get; set; }
}
