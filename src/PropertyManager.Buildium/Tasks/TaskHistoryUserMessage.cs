using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>TaskHistoryUserMessage</c> (read shape).</summary>
public sealed class TaskHistoryUserMessage
{
    public int Id { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Href { get; set; }

    public BuildiumEnumValue<TaskHistoryUserType>? UserType { get; set; }
}
