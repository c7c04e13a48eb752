namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Buildium <c>WorkOrderEntryContactMessage</c> (read shape).</summary>
public sealed class WorkOrderEntryContactMessage
{
    public int Id { get; set; }

    public List<WorkOrderEntryContactResourceMessage>? Resources { get; set; }
}
