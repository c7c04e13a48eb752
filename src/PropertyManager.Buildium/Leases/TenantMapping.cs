using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Leases;

/// <summary>
/// Copies a tenant as read into the full PUT message. Buildium returns an SSN masked (<c>xxx-xx-1234</c>), which is not
/// a tax id it accepts back, so a masked <c>TaxId</c> is left out: an update then clears it unless the change sets the
/// full value (as with an owner's write-only date of birth).
/// </summary>
public static class TenantMapping
{
    public static RentalTenantPutMessage ToPutMessage(this TenantMessage tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return new RentalTenantPutMessage
        {
            FirstName = tenant.FirstName ?? string.Empty,
            LastName = tenant.LastName ?? string.Empty,
            Email = tenant.Email,
            AlternateEmail = tenant.AlternateEmail,
            PhoneNumbers = tenant.PhoneNumbers.ToPhoneNumbersMessage(),
            DateOfBirth = tenant.DateOfBirth,
            Comment = tenant.Comment,
            TaxId = IsMasked(tenant.TaxId) ? null : tenant.TaxId,
            EmergencyContact = tenant.EmergencyContact is { } contact
                ? new SaveEmergencyContactMessage { Name = contact.Name, RelationshipDescription = contact.RelationshipDescription, Phone = contact.Phone, Email = contact.Email }
                : null,
            Address = tenant.Address.ToSaveAddress(),
            AlternateAddress = tenant.AlternateAddress.ToOptionalSaveAddress(),
            MailingPreference = tenant.MailingPreference,
        };
    }

    /// <summary>True for a tax id as Buildium masks it on read (its hidden digits are letters, not digits).</summary>
    public static bool IsMasked(string? taxId) => taxId is not null && taxId.Any(c => c is 'x' or 'X' or '*');
}
