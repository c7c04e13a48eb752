using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>TenantMessage</c> (read shape).</summary>
public sealed class TenantMessage
{
    public int Id { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? AlternateEmail { get; set; }

    public List<PhoneNumberMessage>? PhoneNumbers { get; set; }

    public DateTimeOffset? CreatedDateTime { get; set; }

    public EmergencyContactMessage? EmergencyContact { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public BuildiumEnumValue<SmsOptInStatus>? SMSOptInStatus { get; set; }

    public AddressMessage? Address { get; set; }

    public AddressMessage? AlternateAddress { get; set; }

    public BuildiumEnumValue<MailingPreference>? MailingPreference { get; set; }

    public List<LeaseMessage>? Leases { get; set; }

    public string? Comment { get; set; }

    public string? TaxId { get; set; }
}
