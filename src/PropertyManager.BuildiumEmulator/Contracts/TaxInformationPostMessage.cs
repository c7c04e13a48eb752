using System.ComponentModel.DataAnnotations;
using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "TaxInformationPostMessage" schema (shared/buildium/openapi.json).
internal sealed class TaxInformationPostMessage
{
    public string? TaxPayerId { get; set; }

    [BuildiumEnum(nameof(BuildiumEnums.TaxPayerIdType))]
    public string? TaxPayerType { get; set; }

    [MaxLength(40)]
    public string? TaxPayerName1 { get; set; }

    [MaxLength(40)]
    public string? TaxPayerName2 { get; set; }

    public SaveAddressMessage? Address { get; set; }
}
