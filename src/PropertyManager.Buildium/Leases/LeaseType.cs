namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium lease type; <c>None</c> appears only on read.</summary>
public enum LeaseType
{
    None,
    Fixed,
    FixedWithRollover,
    AtWill,
}
