namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "AddressMessage" schema (shared/buildium/openapi.json).
internal sealed class AddressMessage
{
    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? AddressLine3 { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }
}
