namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>The <c>TransactionType</c> of a general ledger (or vendor) transaction.</summary>
public enum TransactionType
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
