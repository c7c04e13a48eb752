namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium enumeration (the <c>pastdueemail</c> filter of outstanding balances); travels as its member name.</summary>
public enum PastDueEmailStatus
{
    NoEmailAddress,
    Sent,
}
