namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "RentalOwnerTaxInformationMessage" schema (shared/buildium/openapi.json).
internal sealed class RentalOwnerTaxInformationMessage
{
    public string? TaxPayerIdType { get; set; }

    public string? TaxPayerId { get; set; }

    public string? TaxPayerName1 { get; set; }

    public string? TaxPayerName2 { get; set; }

    public bool? IncludeIn1099 { get; set; }

    public AddressMessage? Address { get; set; }
}
