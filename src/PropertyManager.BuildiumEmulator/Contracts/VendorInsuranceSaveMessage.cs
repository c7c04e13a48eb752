using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "VendorInsuranceSaveMessage" schema (shared/buildium/openapi.json).
internal sealed class VendorInsuranceSaveMessage
{
    [MaxLength(65)]
    public string? Provider { get; set; }

    [MaxLength(65)]
    public string? PolicyNumber { get; set; }

    public DateOnly? ExpirationDate { get; set; }
}
