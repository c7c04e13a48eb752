using System.Text.Json.Serialization;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>TaskHistoryMessage</c> (read shape).</summary>
public sealed class TaskHistoryMessage
{
    public int Id { get; set; }

    public BuildiumEnumValue<TaskPriority> Priority { get; set; }

    public BuildiumEnumValue<BuildiumTaskStatus> TaskStatus { get; set; }

    public int AssignedToUserId { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? Message { get; set; }

    public List<BuildiumEnumValue<TaskHistorySharedWith>>? SharedWith { get; set; }

    public List<int>? FileIds { get; set; }

    [JsonPropertyName("CreatedDateTIme")]
    public DateTimeOffset CreatedDateTime { get; set; }

    public TaskHistoryUserMessage? CreatedByUser { get; set; }

    public DateTimeOffset? LastUpdatedDateTime { get; set; }

    public TaskHistoryUserMessage? LastUpdatedByUser { get; set; }
}
