namespace PropertyManager.Buildium.Units;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum UnitBedrooms
{
    NotSet,
    Studio,
    OneBed,
    TwoBed,
    ThreeBed,
    FourBed,
    FiveBed,
    SixBed,
    SevenBed,
    EightBed,
    NineBedPlus,
}
