using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Units;

namespace PropertyManager.Buildium.Rentals;

/// <summary>Buildium <c>RentalPropertyUnitPostMessage</c> (write shape).</summary>
public sealed class RentalPropertyUnitPostMessage
{
    public required string UnitNumber { get; set; }

    public int? UnitSize { get; set; }

    public decimal? MarketRent { get; set; }

    public required SaveAddressMessage Address { get; set; }

    public BuildiumEnumValue<UnitBedrooms>? UnitBedrooms { get; set; }

    public BuildiumEnumValue<UnitBathrooms>? UnitBathrooms { get; set; }

    public string? Description { get; set; }
}
