using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseChargeLineSaveMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseChargeLineSaveMessage
{
    [Required]
    public double? Amount { get; set; }

    [Required]
    public int? GLAccountId { get; set; }

    [MaxLength(30)]
    public string? ReferenceNumber { get; set; }
}
