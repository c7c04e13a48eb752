namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "WorkOrderLineItemMessage" schema (shared/buildium/openapi.json).
internal sealed class WorkOrderLineItemMessage
{
    public int? GlAccountId { get; set; }

    public double? Quantity { get; set; }

    public string? Memo { get; set; }

    public double? UnitPrice { get; set; }
}
