using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Rentals;

/// <summary>Buildium <c>RentalPropertyPostMessage</c> (write shape).</summary>
public sealed class RentalPropertyPostMessage
{
    public required string Name { get; set; }

    public string? StructureDescription { get; set; }

    public required SaveAddressMessage Address { get; set; }

    public required BuildiumEnumValue<RentalSubType> RentalSubType { get; set; }

    public List<int>? RentalOwnerIds { get; set; }

    public required int OperatingBankAccountId { get; set; }

    public int? PropertyManagerId { get; set; }

    public decimal? Reserve { get; set; }

    public int? YearBuilt { get; set; }

    public List<RentalPropertyUnitPostMessage>? Units { get; set; }
}
