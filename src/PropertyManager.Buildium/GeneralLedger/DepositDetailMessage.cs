namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>Buildium <c>DepositDetailMessage</c> (read shape).</summary>
public sealed class DepositDetailMessage
{
    public int? BankGLAccountId { get; set; }

    public List<PaymentTransactionsMessage>? PaymentTransactions { get; set; }
}
