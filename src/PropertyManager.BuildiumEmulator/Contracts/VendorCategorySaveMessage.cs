using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "VendorCategorySaveMessage" schema (shared/buildium/openapi.json).
internal sealed class VendorCategorySaveMessage
{
    [Required]
    public string? Name { get; set; }
}
