namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "ContactDetailMessage" schema (shared/buildium/openapi.json).
internal sealed class ContactDetailMessage
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public ContactDetailPhoneMessage? PhoneNumbers { get; set; }
}
