using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseCosignerPostMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseCosignerPostMessage
{
    [Required]
    public string? FirstName { get; set; }

    [Required]
    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? AlternateEmail { get; set; }

    public PhoneNumbersMessage? PhoneNumbers { get; set; }

    public SaveAddressMessage? Address { get; set; }

    public SaveAddressMessage? AlternateAddress { get; set; }

    [BuildiumEnum(nameof(BuildiumEnums.MailingPreference))]
    public string? MailingPreference { get; set; }
}
