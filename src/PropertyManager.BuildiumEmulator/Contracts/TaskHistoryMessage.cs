namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "TaskHistoryMessage" schema (shared/buildium/openapi.json).
internal sealed class TaskHistoryMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Priority { get; set; }

    public string? TaskStatus { get; set; }

    public int? AssignedToUserId { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? Message { get; set; }

    public List<string>? SharedWith { get; set; }

    public List<int>? FileIds { get; set; }

    public DateTime? CreatedDateTIme { get; set; }

    public TaskHistoryUserMessage? CreatedByUser { get; set; }

    public DateTime? LastUpdatedDateTime { get; set; }

    public TaskHistoryUserMessage? LastUpdatedByUser { get; set; }
}
