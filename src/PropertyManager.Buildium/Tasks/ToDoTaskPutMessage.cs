using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>ToDoTaskPutMessage</c> (write shape).</summary>
public sealed class ToDoTaskPutMessage
{
    public required string Title { get; set; }

    public string? Message { get; set; }

    public int? CategoryId { get; set; }

    public int? SubCategoryId { get; set; }

    public int? PropertyId { get; set; }

    public int? UnitId { get; set; }

    public required int AssignedToUserId { get; set; }

    public required BuildiumEnumValue<BuildiumTaskStatus> TaskStatus { get; set; }

    public required BuildiumEnumValue<TaskPriority> Priority { get; set; }

    public DateOnly? DueDate { get; set; }
}
