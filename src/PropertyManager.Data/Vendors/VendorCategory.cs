using PropertyManager.Data.Common;

namespace PropertyManager.Data.Vendors;

/// <summary>A vendor category (table <c>vendor_categories</c>).</summary>
public sealed class VendorCategory : ICategory
{
    public Guid Id { get; set; }
    public int? BuildiumCategoryId { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public bool? IsActive { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
