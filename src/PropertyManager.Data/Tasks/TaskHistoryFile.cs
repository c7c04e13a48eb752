namespace PropertyManager.Data.Tasks;

/// <summary>File metadata attached to a task history entry (table <c>task_history_files</c>).</summary>
public sealed class TaskHistoryFile
{
    public Guid Id { get; set; }
    public int? BuildiumFileId { get; set; }
    public Guid? TaskHistoryId { get; set; }
    public string? FileName { get; set; }
    public string? FileType { get; set; }
    /// <summary>Size in bytes.</summary>
    public int? FileSize { get; set; }
    public string? FileUrl { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public TaskHistory? TaskHistory { get; set; }
}
