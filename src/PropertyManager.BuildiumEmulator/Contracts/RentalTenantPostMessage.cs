using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "RentalTenantPostMessage" schema (shared/buildium/openapi.json).
internal sealed class RentalTenantPostMessage
{
    [Required]
    public int? LeaseId { get; set; }

    [Required]
    [MaxLength(127)]
    public string? FirstName { get; set; }

    [Required]
    [MaxLength(127)]
    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? AlternateEmail { get; set; }

    public PhoneNumbersMessage? PhoneNumbers { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    [MaxLength(65535)]
    public string? Comment { get; set; }

    public string? TaxId { get; set; }

    public SaveEmergencyContactMessage? EmergencyContact { get; set; }

    [Required]
    public SaveAddressMessage? Address { get; set; }

    public SaveAddressMessage? AlternateAddress { get; set; }

    [BuildiumEnum(nameof(BuildiumEnums.MailingPreference))]
    public string? MailingPreference { get; set; }
}
