using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Tasks;

namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Buildium <c>WorkOrderTaskMessage</c> (read shape).</summary>
public sealed class WorkOrderTaskMessage
{
    public int Id { get; set; }

    public BuildiumEnumValue<TaskType> Type { get; set; }

    public int? UnitId { get; set; }

    public UnitAgreementMessage? UnitAgreement { get; set; }

    public string? Title { get; set; }

    public DateOnly? DueDate { get; set; }

    public BuildiumEnumValue<TaskPriority> Priority { get; set; }

    public BuildiumEnumValue<BuildiumTaskStatus> Status { get; set; }
}
