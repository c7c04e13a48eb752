namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum LeaseTermType
{
    MonthToMonth,
    Standard,
    Owner,
}
