using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Units;

/// <summary>Copies a unit as read into the full PUT message. <c>BuildingName</c> is not writable.</summary>
public static class RentalUnitMapping
{
    public static RentalUnitPutMessage ToPutMessage(this RentalUnitMessage unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new RentalUnitPutMessage
        {
            UnitNumber = unit.UnitNumber ?? string.Empty,
            UnitSize = unit.UnitSize,
            MarketRent = unit.MarketRent,
            Address = unit.Address.ToSaveAddress(),
            UnitBedrooms = unit.UnitBedrooms,
            UnitBathrooms = unit.UnitBathrooms,
            Description = unit.Description,
        };
    }
}
