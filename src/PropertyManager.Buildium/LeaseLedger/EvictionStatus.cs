namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium enumeration (the <c>evictionstatus</c> filter of outstanding balances); travels as its member name.</summary>
public enum EvictionStatus
{
    NotEvictionPending,
    EvictionPending,
}
