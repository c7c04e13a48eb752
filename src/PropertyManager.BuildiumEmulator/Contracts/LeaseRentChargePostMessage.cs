using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseRentChargePostMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseRentChargePostMessage
{
    [Required]
    public double? Amount { get; set; }

    [Required]
    public int? GlAccountId { get; set; }

    [Required]
    public DateOnly? NextDueDate { get; set; }

    public string? Memo { get; set; }
}
