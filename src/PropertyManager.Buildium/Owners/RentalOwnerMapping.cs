using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Owners;

/// <summary>
/// Copies an owner as read into the full PUT message. <c>DateOfBirth</c> is write-only in Buildium, so
/// an update cannot preserve it; set it in the change if it must be kept.
/// </summary>
public static class RentalOwnerMapping
{
    public static RentalOwnerPutMessage ToPutMessage(this RentalOwnerMessage owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return new RentalOwnerPutMessage
        {
            FirstName = owner.FirstName,
            LastName = owner.LastName,
            IsCompany = owner.IsCompany,
            CompanyName = owner.CompanyName,
            ManagementAgreementStartDate = owner.ManagementAgreementStartDate,
            ManagementAgreementEndDate = owner.ManagementAgreementEndDate,
            Email = owner.Email,
            AlternateEmail = owner.AlternateEmail,
            PhoneNumbers = owner.PhoneNumbers.ToPhoneNumbersMessage(),
            Address = owner.Address.ToSaveAddress(),
            Comment = owner.Comment,
            PropertyIds = owner.PropertyIds is null ? [] : [.. owner.PropertyIds],
        };
    }
}
