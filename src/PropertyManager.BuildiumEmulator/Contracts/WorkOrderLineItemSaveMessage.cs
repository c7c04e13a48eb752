using System.ComponentModel.DataAnnotations;

namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "WorkOrderLineItemSaveMessage" schema (shared/buildium/openapi.json).
internal sealed class WorkOrderLineItemSaveMessage
{
    public int? GlAccountId { get; set; }

    [Required]
    public double? Quantity { get; set; }

    public string? Memo { get; set; }

    [Required]
    public double? UnitPrice { get; set; }
}
