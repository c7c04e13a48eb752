using System.Text.Json.Serialization;
using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Vendors;

/// <summary>Buildium <c>VendorPutMessage</c> (write shape).</summary>
public sealed class VendorPutMessage
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public required bool IsCompany { get; set; }

    public string? CompanyName { get; set; }

    public string? PrimaryEmail { get; set; }

    public string? AlternateEmail { get; set; }

    public PhoneNumbersMessage? PhoneNumbers { get; set; }

    public SaveAddressMessage? Address { get; set; }

    public required int CategoryId { get; set; }

    [JsonPropertyName("ExpenseGlAccountId")]
    public int? ExpenseGlAccountId { get; set; }

    public string? AccountNumber { get; set; }

    public string? Website { get; set; }

    public VendorInsuranceSaveMessage? VendorInsurance { get; set; }

    public string? Comments { get; set; }

    public TaxInformationSaveMessage? TaxInformation { get; set; }
}
