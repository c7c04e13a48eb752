using PropertyManager.Data.Common;

namespace PropertyManager.Data.Tasks;

/// <summary>A task category (table <c>task_categories</c>).</summary>
public sealed class TaskCategory : ICategory
{
    public Guid Id { get; set; }
    public int? BuildiumCategoryId { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Hex colour such as <c>#1f77b4</c>.</summary>
    public string? Color { get; set; }
    public bool? IsActive { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
