namespace PropertyManager.Buildium.Units;

/// <summary>Buildium bathroom count; 3.5 and 4.5 come last in Buildium's list, so never map by ordinal.</summary>
public enum UnitBathrooms
{
    NotSet,
    OneBath,
    OnePointFiveBath,
    TwoBath,
    TwoPointFiveBath,
    ThreeBath,
    FourBath,
    FiveBath,
    FivePlusBath,
    ThreePointFiveBath,
    FourPointFiveBath,
}
