namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "RentalMessage" schema (shared/buildium/openapi.json).
internal sealed class RentalMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public string? StructureDescription { get; set; }

    public int? NumberUnits { get; set; }

    public bool? IsActive { get; set; }

    public int? OperatingBankAccountId { get; set; }

    public double? Reserve { get; set; }

    public AddressMessage? Address { get; set; }

    public int? YearBuilt { get; set; }

    public string? RentalType { get; set; }

    public string? RentalSubType { get; set; }

    public PropertyManagerMessage? RentalManager { get; set; }
}
