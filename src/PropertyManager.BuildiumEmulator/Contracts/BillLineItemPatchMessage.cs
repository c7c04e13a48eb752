using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillLineItemPatchMessage" schema (shared/buildium/openapi.json).
internal sealed class BillLineItemPatchMessage
{
    public int? Id { get; set; }

    public AccountingEntityPatchMessage? AccountingEntity { get; set; }

    public int? GlAccountId { get; set; }

    public double? Amount { get; set; }

    public BillMarkupPatchMessage? Markup { get; set; }

    [MaxLength(240)]
    public string? Memo { get; set; }
}
