namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "ContactDetailSavePhoneMessage" schema (shared/buildium/openapi.json).
internal sealed class ContactDetailSavePhoneMessage
{
    public string? Home { get; set; }

    public string? Work { get; set; }

    public string? Mobile { get; set; }
}
