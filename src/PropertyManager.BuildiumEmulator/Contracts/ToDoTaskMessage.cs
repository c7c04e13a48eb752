namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "ToDoTaskMessage" schema (shared/buildium/openapi.json).
internal sealed class ToDoTaskMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public TaskCategoryResponseMessage? Category { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public PropertyMessage? Property { get; set; }

    public int? UnitId { get; set; }

    public int? AssignedToUserId { get; set; }

    public string? TaskStatus { get; set; }

    public string? Priority { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateTime? CreatedDateTime { get; set; }

    public DateTime? LastUpdatedDateTime { get; set; }
}
