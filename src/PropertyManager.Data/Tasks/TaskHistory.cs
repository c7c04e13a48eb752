namespace PropertyManager.Data.Tasks;

/// <summary>One entry in a task's history (table <c>task_history</c>).</summary>
public sealed class TaskHistory
{
    public Guid Id { get; set; }
    public int? BuildiumHistoryId { get; set; }
    public Guid? TaskId { get; set; }
    public string? Status { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset? CompletedDate { get; set; }
    public string? AssignedTo { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public MaintenanceTask? Task { get; set; }
    public List<TaskHistoryFile> Files { get; set; } = [];
}
