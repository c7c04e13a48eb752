namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "PropertyManagerMessage" schema (shared/buildium/openapi.json).
internal sealed class PropertyManagerMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? CompanyName { get; set; }

    public bool? IsCompany { get; set; }

    public string? ProfilePhotoUrl { get; set; }

    public string? Email { get; set; }

    public List<PhoneNumberMessage>? PhoneNumbers { get; set; }
}
