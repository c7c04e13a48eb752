namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium enumeration (a lease payment's method); travels as its member name.</summary>
public enum PaymentMethod
{
    Check,
    Cash,
    MoneyOrder,
    CashierCheck,
    DirectDeposit,
    CreditCard,
    ElectronicPayment,
}
