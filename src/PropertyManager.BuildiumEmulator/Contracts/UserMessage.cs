namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "UserMessage" schema (shared/buildium/openapi.json).
internal sealed class UserMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public List<string>? UserTypes { get; set; }

    public bool? IsActive { get; set; }

    public DateTime? LastLogin { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? CompanyName { get; set; }

    public string? Email { get; set; }

    public string? AlternateEmail { get; set; }

    public List<PhoneNumberMessage>? PhoneNumbers { get; set; }

    public UserRoleMessage? UserRole { get; set; }

    public bool? IsCompany { get; set; }
}
