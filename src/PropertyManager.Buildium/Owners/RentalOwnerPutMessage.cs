using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Owners;

/// <summary>Buildium <c>RentalOwnerPutMessage</c> (write shape).</summary>
public sealed class RentalOwnerPutMessage
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public required bool IsCompany { get; set; }

    public string? CompanyName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public DateOnly? ManagementAgreementStartDate { get; set; }

    public DateOnly? ManagementAgreementEndDate { get; set; }

    public string? Email { get; set; }

    public string? AlternateEmail { get; set; }

    public PhoneNumbersMessage? PhoneNumbers { get; set; }

    public required SaveAddressMessage Address { get; set; }

    public string? Comment { get; set; }

    public required List<int> PropertyIds { get; set; }
}
