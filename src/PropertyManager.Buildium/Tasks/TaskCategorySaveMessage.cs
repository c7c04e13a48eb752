namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>TaskCategorySaveMessage</c> (write shape).</summary>
public sealed class TaskCategorySaveMessage
{
    public required string Name { get; set; }
}
