using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseChargePutMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseChargePutMessage
{
    [Required]
    public DateOnly? Date { get; set; }

    [MaxLength(65)]
    public string? Memo { get; set; }

    [Required]
    public List<LeaseChargeLineSaveMessage>? Lines { get; set; }
}
