using PropertyManager.Data.Properties;
using PropertyManager.Data.Units;

namespace PropertyManager.Data.Tasks;

/// <summary>
/// A task of any Buildium task type (table <c>tasks</c>). Named MaintenanceTask so it never collides with
/// <see cref="System.Threading.Tasks.Task"/>.
/// </summary>
public sealed class MaintenanceTask
{
    public Guid Id { get; set; }
    public int? BuildiumTaskId { get; set; }
    public Guid? PropertyId { get; set; }
    public Guid? UnitId { get; set; }
    public string? Subject { get; set; }
    public string? Description { get; set; }
    /// <summary>One of <see cref="TaskPriorities"/>.</summary>
    public string? Priority { get; set; }
    /// <summary>One of <see cref="TaskStatuses"/>.</summary>
    public string? Status { get; set; }
    public string? AssignedTo { get; set; }
    public decimal? EstimatedCost { get; set; }
    public decimal? ActualCost { get; set; }
    public DateTimeOffset? ScheduledDate { get; set; }
    public DateTimeOffset? CompletedDate { get; set; }
    /// <summary>The name of the task's category (<see cref="TaskCategory.Name"/>).</summary>
    public string? Category { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public Property? Property { get; set; }
    public Unit? Unit { get; set; }
    public List<TaskHistory> History { get; set; } = [];
}
