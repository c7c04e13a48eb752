using System.Text.Json.Serialization;
using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Vendors;

/// <summary>Buildium <c>TaxInformationSaveMessage</c> (write shape).</summary>
public sealed class TaxInformationSaveMessage
{
    public string? TaxPayerId { get; set; }

    [JsonPropertyName("TaxPayerType")]
    public BuildiumEnumValue<TaxPayerIdType>? TaxPayerType { get; set; }

    public string? TaxPayerName1 { get; set; }

    public string? TaxPayerName2 { get; set; }

    public required bool IncludeIn1099 { get; set; }

    public SaveAddressMessage? Address { get; set; }
}
