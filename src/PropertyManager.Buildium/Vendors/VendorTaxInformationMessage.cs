using System.Text.Json.Serialization;
using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Vendors;

/// <summary>Buildium <c>VendorTaxInformationMessage</c> (read shape).</summary>
public sealed class VendorTaxInformationMessage
{
    [JsonPropertyName("TaxPayerIdType")]
    public BuildiumEnumValue<TaxPayerIdType>? TaxPayerIdType { get; set; }

    public string? TaxPayerId { get; set; }

    public string? TaxPayerName1 { get; set; }

    public string? TaxPayerName2 { get; set; }

    public bool IncludeIn1099 { get; set; }

    public AddressMessage? Address { get; set; }
}
