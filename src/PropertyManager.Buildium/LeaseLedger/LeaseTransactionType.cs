namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium enumeration (<c>LeaseTransactionMessage.TransactionTypeEnum</c> and the <c>transactiontypes</c> filter); travels as its member name.</summary>
public enum LeaseTransactionType
{
    Bill,
    Check,
    Charge,
    Payment,
    Credit,
    Refund,
    ApplyDeposit,
    ElectronicFundsTransfer,
    Other,
    Deposit,
    GeneralJournalEntry,
    OwnerContribution,
    ReversePayment,
    ReverseElectronicFundsTransfer,
    VendorCredit,
    RentalApplicationFeePayment,
    ReverseRentalApplicationFeePayment,
    ReverseOwnerContribution,
    VendorRefund,
    UnreversedPayment,
    UnreversedElectronicFundsTransfer,
    UnreversedOwnerContribution,
    UnreversedRentalApplicationFeePayment,
    ReversedEftRefund,
    CreditCardPurchase,
    CreditCardPayment,
}
