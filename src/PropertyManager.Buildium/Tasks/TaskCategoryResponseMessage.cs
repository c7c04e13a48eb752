namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>TaskCategoryResponseMessage</c> (read shape).</summary>
public sealed class TaskCategoryResponseMessage
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Href { get; set; }

    public TaskSubCategoryMessage? SubCategory { get; set; }
}
