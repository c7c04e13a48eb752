using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "RentalUnitsPostMessage" schema (shared/buildium/openapi.json).
internal sealed class RentalUnitsPostMessage
{
    [Required]
    [MaxLength(30)]
    public string? UnitNumber { get; set; }

    [Required]
    public int? PropertyId { get; set; }

    public int? UnitSize { get; set; }

    public double? MarketRent { get; set; }

    [Required]
    public SaveAddressMessage? Address { get; set; }

    [BuildiumEnum(nameof(BuildiumEnums.UnitBedrooms))]
    public string? UnitBedrooms { get; set; }

    [BuildiumEnum(nameof(BuildiumEnums.UnitBathrooms))]
    public string? UnitBathrooms { get; set; }

    [MaxLength(65535)]
    public string? Description { get; set; }
}
