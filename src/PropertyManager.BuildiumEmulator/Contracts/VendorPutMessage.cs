using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "VendorPutMessage" schema (shared/buildium/openapi.json).
internal sealed class VendorPutMessage
{
    [MaxLength(127)]
    public string? FirstName { get; set; }

    [MaxLength(127)]
    public string? LastName { get; set; }

    [Required]
    public bool? IsCompany { get; set; }

    [MaxLength(127)]
    public string? CompanyName { get; set; }

    public string? PrimaryEmail { get; set; }

    public string? AlternateEmail { get; set; }

    public PhoneNumbersMessage? PhoneNumbers { get; set; }

    public SaveAddressMessage? Address { get; set; }

    [Required]
    public int? CategoryId { get; set; }

    public int? ExpenseGlAccountId { get; set; }

    [MaxLength(30)]
    public string? AccountNumber { get; set; }

    [MaxLength(100)]
    public string? Website { get; set; }

    public VendorInsuranceSaveMessage? VendorInsurance { get; set; }

    [MaxLength(65535)]
    public string? Comments { get; set; }

    public TaxInformationSaveMessage? TaxInformation { get; set; }
}
