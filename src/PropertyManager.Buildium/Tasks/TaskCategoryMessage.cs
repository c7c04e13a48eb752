namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>TaskCategoryMessage</c> (read shape).</summary>
public sealed class TaskCategoryMessage
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public bool IsSystemCategory { get; set; }

    public List<TaskSubCategoryMessage>? SubCategories { get; set; }
}
