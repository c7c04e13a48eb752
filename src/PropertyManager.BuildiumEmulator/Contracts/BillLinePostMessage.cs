using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillLinePostMessage" schema (shared/buildium/openapi.json).
internal sealed class BillLinePostMessage
{
    [Required]
    public AccountingEntitySaveMessage? AccountingEntity { get; set; }

    [Required]
    public int? GlAccountId { get; set; }

    [Required]
    public double? Amount { get; set; }

    public BillMarkupSaveMessage? Markup { get; set; }

    [MaxLength(240)]
    public string? Memo { get; set; }
}
