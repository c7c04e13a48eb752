using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "SaveAddressMessage" schema (shared/buildium/openapi.json).
internal sealed class SaveAddressMessage
{
    [Required]
    [MaxLength(100)]
    public string? AddressLine1 { get; set; }

    [MaxLength(100)]
    public string? AddressLine2 { get; set; }

    [MaxLength(100)]
    public string? AddressLine3 { get; set; }

    [MaxLength(100)]
    public string? City { get; set; }

    public string? State { get; set; }

    [Required]
    public string? PostalCode { get; set; }

    [Required]
    [BuildiumEnum(nameof(BuildiumEnums.Country))]
    public string? Country { get; set; }
}
