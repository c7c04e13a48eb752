using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "RentalPropertyPutMessage" schema (shared/buildium/openapi.json).
internal sealed class RentalPropertyPutMessage
{
    [Required]
    [MaxLength(127)]
    public string? Name { get; set; }

    [MaxLength(65535)]
    public string? StructureDescription { get; set; }

    [Required]
    public SaveAddressMessage? Address { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.RentalSubType))]
    public string? RentalSubType { get; set; }

    [Required]
    public int? OperatingBankAccountId { get; set; }

    public int? PropertyManagerId { get; set; }

    public double? Reserve { get; set; }

    public int? YearBuilt { get; set; }
}
