namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>The <c>PaymentMethod</c> of a transaction's payment details.</summary>
public enum PaymentMethod
{
    None,
    Check,
    Cash,
    MoneyOrder,
    CashierCheck,
    DirectDeposit,
    CreditCard,
    ElectronicPayment,
    RetailCash,
}
