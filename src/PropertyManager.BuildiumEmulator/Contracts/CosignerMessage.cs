namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "CosignerMessage" schema (shared/buildium/openapi.json).
internal sealed class CosignerMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? AlternateEmail { get; set; }

    public List<PhoneNumberMessage>? PhoneNumbers { get; set; }

    public DateTime? CreatedDateTime { get; set; }

    public AddressMessage? Address { get; set; }

    public AddressMessage? AlternateAddress { get; set; }

    public string? MailingPreference { get; set; }
}
