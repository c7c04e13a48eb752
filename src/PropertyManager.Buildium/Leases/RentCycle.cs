namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum RentCycle
{
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
