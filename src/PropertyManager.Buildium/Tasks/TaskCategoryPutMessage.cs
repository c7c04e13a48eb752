namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>TaskCategoryPutMessage</c> (write shape).</summary>
public sealed class TaskCategoryPutMessage
{
    public required string Name { get; set; }
}
