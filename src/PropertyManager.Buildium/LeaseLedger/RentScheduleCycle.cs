namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium enumeration (<c>RentSchedulePostMessage.RentCycle</c>; unlike a lease's rent, no OneTime); travels as its member name.</summary>
public enum RentScheduleCycle
{
    Monthly,
    Weekly,
    Every2Weeks,
    Quarterly,
    Yearly,
    Every2Months,
    Daily,
    Every6Months,
}
