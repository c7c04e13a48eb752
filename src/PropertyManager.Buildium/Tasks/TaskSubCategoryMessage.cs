namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>TaskSubCategoryMessage</c> (read shape).</summary>
public sealed class TaskSubCategoryMessage
{
    public int Id { get; set; }

    public string? Name { get; set; }
}
