using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Rentals;

/// <summary>Buildium <c>RentalMessage</c> (read shape).</summary>
public sealed class RentalMessage
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? StructureDescription { get; set; }

    public int NumberUnits { get; set; }

    public bool IsActive { get; set; }

    public int OperatingBankAccountId { get; set; }

    public decimal Reserve { get; set; }

    public AddressMessage? Address { get; set; }

    public int? YearBuilt { get; set; }

    public BuildiumEnumValue<RentalType> RentalType { get; set; }

    public BuildiumEnumValue<RentalSubType> RentalSubType { get; set; }

    public PropertyManagerMessage? RentalManager { get; set; }
}
