namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "PhoneNumberMessage" schema (shared/buildium/openapi.json).
internal sealed class PhoneNumberMessage
{
    public string? Number { get; set; }

    public string? Type { get; set; }
}
