namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Buildium <c>WorkOrderLineItemSaveMessage</c> (write shape).</summary>
public sealed class WorkOrderLineItemSaveMessage
{
    public int? GlAccountId { get; set; }

    public required decimal Quantity { get; set; }

    public string? Memo { get; set; }

    public required decimal UnitPrice { get; set; }
}
