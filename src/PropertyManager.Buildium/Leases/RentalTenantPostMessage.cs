using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>RentalTenantPostMessage</c> (write shape): a new tenant on an existing lease.</summary>
public sealed class RentalTenantPostMessage
{
    public required int LeaseId { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public string? Email { get; set; }

    public string? AlternateEmail { get; set; }

    public PhoneNumbersMessage? PhoneNumbers { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Comment { get; set; }

    public string? TaxId { get; set; }

    public SaveEmergencyContactMessage? EmergencyContact { get; set; }

    public required SaveAddressMessage Address { get; set; }

    public SaveAddressMessage? AlternateAddress { get; set; }

    public BuildiumEnumValue<MailingPreference>? MailingPreference { get; set; }
}
