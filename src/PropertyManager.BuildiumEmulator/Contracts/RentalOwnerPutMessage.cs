using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "RentalOwnerPutMessage" schema (shared/buildium/openapi.json).
internal sealed class RentalOwnerPutMessage
{
    [MaxLength(127)]
    public string? FirstName { get; set; }

    [MaxLength(127)]
    public string? LastName { get; set; }

    [Required]
    public bool? IsCompany { get; set; }

    [MaxLength(127)]
    public string? CompanyName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public DateOnly? ManagementAgreementStartDate { get; set; }

    public DateOnly? ManagementAgreementEndDate { get; set; }

    public string? Email { get; set; }

    public string? AlternateEmail { get; set; }

    public PhoneNumbersMessage? PhoneNumbers { get; set; }

    [Required]
    public SaveAddressMessage? Address { get; set; }

    [MaxLength(65535)]
    public string? Comment { get; set; }

    [Required]
    public List<int>? PropertyIds { get; set; }
}
