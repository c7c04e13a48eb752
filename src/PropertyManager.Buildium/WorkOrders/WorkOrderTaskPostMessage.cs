using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Tasks;

namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Buildium <c>WorkOrderTaskPostMessage</c> (write shape).</summary>
public sealed class WorkOrderTaskPostMessage
{
    public required string Title { get; set; }

    public DateOnly? DueDate { get; set; }

    public required BuildiumEnumValue<TaskPriority> Priority { get; set; }

    public required BuildiumEnumValue<BuildiumTaskStatus> Status { get; set; }

    public int? PropertyId { get; set; }

    public int? UnitId { get; set; }

    public required int AssignedToUserId { get; set; }
}
