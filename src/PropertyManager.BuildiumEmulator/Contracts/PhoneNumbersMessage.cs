namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "PhoneNumbersMessage" schema (shared/buildium/openapi.json).
internal sealed class PhoneNumbersMessage
{
    public string? Home { get; set; }

    public string? Work { get; set; }

    public string? Mobile { get; set; }

    public string? Fax { get; set; }
}
