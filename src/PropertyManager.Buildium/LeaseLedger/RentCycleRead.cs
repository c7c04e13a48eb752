namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium enumeration (a rent schedule's <c>RentCycle</c> as read); travels as its member name.</summary>
public enum RentCycleRead
{
    None,
    Monthly,
    Weekly,
    Every2Weeks,
    Quarterly,
    Yearly,
    Every2Months,
    Daily,
    Every6Months,
    OneTime,
}
