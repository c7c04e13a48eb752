using System.Text.Json.Serialization;
using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Vendors;

/// <summary>Buildium <c>VendorMessage</c> (read shape).</summary>
public sealed class VendorMessage
{
    public int Id { get; set; }

    public bool IsCompany { get; set; }

    public bool IsActive { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? PrimaryEmail { get; set; }

    public string? AlternateEmail { get; set; }

    public string? CompanyName { get; set; }

    public List<PhoneNumberMessage>? PhoneNumbers { get; set; }

    public string? Website { get; set; }

    public LookupMessage? Category { get; set; }

    public AddressMessage? Address { get; set; }

    public VendorInsuranceMessage? VendorInsurance { get; set; }

    public string? Comments { get; set; }

    public string? AccountNumber { get; set; }

    [JsonPropertyName("ExpenseGLAccountId")]
    public int? ExpenseGLAccountId { get; set; }

    public VendorTaxInformationMessage? TaxInformation { get; set; }
}
