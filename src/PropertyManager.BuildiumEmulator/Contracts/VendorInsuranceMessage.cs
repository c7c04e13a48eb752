namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "VendorInsuranceMessage" schema (shared/buildium/openapi.json).
internal sealed class VendorInsuranceMessage
{
    public string? Provider { get; set; }

    public string? PolicyNumber { get; set; }

    public DateTime? ExpirationDate { get; set; }
}
