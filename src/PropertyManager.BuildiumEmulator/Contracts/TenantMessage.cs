namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "TenantMessage" schema (shared/buildium/openapi.json).
internal sealed class TenantMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? AlternateEmail { get; set; }

    public List<PhoneNumberMessage>? PhoneNumbers { get; set; }

    public DateTime? CreatedDateTime { get; set; }

    public EmergencyContactMessage? EmergencyContact { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? SMSOptInStatus { get; set; }

    public AddressMessage? Address { get; set; }

    public AddressMessage? AlternateAddress { get; set; }

    public string? MailingPreference { get; set; }

    public List<LeaseMessage>? Leases { get; set; }

    public string? Comment { get; set; }

    public string? TaxId { get; set; }
}
