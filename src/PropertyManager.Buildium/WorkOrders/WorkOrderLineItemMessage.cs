namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Buildium <c>WorkOrderLineItemMessage</c> (read shape).</summary>
public sealed class WorkOrderLineItemMessage
{
    public int? GlAccountId { get; set; }

    public decimal Quantity { get; set; }

    public string? Memo { get; set; }

    public decimal UnitPrice { get; set; }
}
