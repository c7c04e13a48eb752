namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "ContactDetailPhoneMessage" schema (shared/buildium/openapi.json).
internal sealed class ContactDetailPhoneMessage
{
    public string? Home { get; set; }

    public string? Work { get; set; }

    public string? Mobile { get; set; }
}
