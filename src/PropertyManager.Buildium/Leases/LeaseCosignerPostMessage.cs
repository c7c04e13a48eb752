using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium <c>LeaseCosignerPostMessage</c> (write shape).</summary>
public sealed class LeaseCosignerPostMessage
{
    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public string? Email { get; set; }

    public string? AlternateEmail { get; set; }

    public PhoneNumbersMessage? PhoneNumbers { get; set; }

    public SaveAddressMessage? Address { get; set; }

    public SaveAddressMessage? AlternateAddress { get; set; }

    public BuildiumEnumValue<MailingPreference>? MailingPreference { get; set; }
}
