namespace PropertyManager.Buildium.Rentals;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum RentalSubType
{
    CondoTownhome,
    MultiFamily,
    SingleFamily,
    Industrial,
    Office,
    Retail,
    ShoppingCenter,
    Storage,
    ParkingSpace,
}
