using PropertyManager.Data.Properties;
using PropertyManager.Data.Units;

namespace PropertyManager.Data.WorkOrders;

/// <summary>A work order (table <c>work_orders</c>).</summary>
public sealed class WorkOrder
{
    public Guid Id { get; set; }
    public int? BuildiumWorkOrderId { get; set; }
    public Guid? PropertyId { get; set; }
    public Guid? UnitId { get; set; }
    public string? Subject { get; set; }
    public string? Description { get; set; }
    public string? Priority { get; set; }
    public string? Status { get; set; }
    public string? AssignedTo { get; set; }
    public decimal? EstimatedCost { get; set; }
    public decimal? ActualCost { get; set; }
    public DateTimeOffset? ScheduledDate { get; set; }
    public DateTimeOffset? CompletedDate { get; set; }
    public string? Category { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public Property? Property { get; set; }
    public Unit? Unit { get; set; }
}
