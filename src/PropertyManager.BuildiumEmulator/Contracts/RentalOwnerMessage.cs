using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "RentalOwnerMessage" schema (shared/buildium/openapi.json).
internal sealed class RentalOwnerMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public bool? IsCompany { get; set; }

    public bool? IsActive { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public List<PhoneNumberMessage>? PhoneNumbers { get; set; }

    public string? Email { get; set; }

    public string? AlternateEmail { get; set; }

    public string? Comment { get; set; }

    public AddressMessage? Address { get; set; }

    public DateOnly? ManagementAgreementStartDate { get; set; }

    public DateOnly? ManagementAgreementEndDate { get; set; }

    public string? CompanyName { get; set; }

    public List<int>? PropertyIds { get; set; }

    public RentalOwnerTaxInformationMessage? TaxInformation { get; set; }

    /// <summary>Write-only in Buildium: taken by POST and PUT (a PUT without it clears it), never returned.</summary>
    [WriteOnly]
    public DateOnly? DateOfBirth { get; set; }
}
