using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Units;

/// <summary>Buildium <c>RentalUnitMessage</c> (read shape).</summary>
public sealed class RentalUnitMessage
{
    public int Id { get; set; }

    public int PropertyId { get; set; }

    public string? BuildingName { get; set; }

    public string? UnitNumber { get; set; }

    public string? Description { get; set; }

    public decimal? MarketRent { get; set; }

    public AddressMessage? Address { get; set; }

    public BuildiumEnumValue<UnitBedrooms>? UnitBedrooms { get; set; }

    public BuildiumEnumValue<UnitBathrooms>? UnitBathrooms { get; set; }

    public int? UnitSize { get; set; }

    public bool? IsUnitListed { get; set; }

    public bool? IsUnitOccupied { get; set; }
}
