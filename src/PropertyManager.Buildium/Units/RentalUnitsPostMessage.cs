using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Units;

/// <summary>Buildium <c>RentalUnitsPostMessage</c> (write shape).</summary>
public sealed class RentalUnitsPostMessage
{
    public required string UnitNumber { get; set; }

    public required int PropertyId { get; set; }

    public int? UnitSize { get; set; }

    public decimal? MarketRent { get; set; }

    public required SaveAddressMessage Address { get; set; }

    public BuildiumEnumValue<UnitBedrooms>? UnitBedrooms { get; set; }

    public BuildiumEnumValue<UnitBathrooms>? UnitBathrooms { get; set; }

    public string? Description { get; set; }
}
