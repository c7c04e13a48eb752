namespace PropertyManager.Data.Bills;

/// <summary>A bill category (table <c>bill_categories</c>).</summary>
public sealed class BillCategory
{
    public Guid Id { get; set; }
    public int? BuildiumCategoryId { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public bool? IsActive { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
