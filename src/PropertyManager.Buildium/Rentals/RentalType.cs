namespace PropertyManager.Buildium.Rentals;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum RentalType
{
    None,
    Residential,
    Commercial,
}
