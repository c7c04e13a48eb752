namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "RentalUnitMessage" schema (shared/buildium/openapi.json).
internal sealed class RentalUnitMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public int? PropertyId { get; set; }

    public string? BuildingName { get; set; }

    public string? UnitNumber { get; set; }

    public string? Description { get; set; }

    public double? MarketRent { get; set; }

    public AddressMessage? Address { get; set; }

    public string? UnitBedrooms { get; set; }

    public string? UnitBathrooms { get; set; }

    public int? UnitSize { get; set; }

    public bool? IsUnitListed { get; set; }

    public bool? IsUnitOccupied { get; set; }
}
