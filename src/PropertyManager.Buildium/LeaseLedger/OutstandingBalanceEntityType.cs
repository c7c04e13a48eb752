namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium enumeration (the <c>entitytype</c> filter of outstanding balances); travels as its member name.</summary>
public enum OutstandingBalanceEntityType
{
    Rental,
    RentalOwner,
}
