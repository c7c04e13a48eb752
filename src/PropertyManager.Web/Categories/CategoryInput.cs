using PropertyManager.Data.Common;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Categories;

/// <summary>The fields of a category form, shared by Create and Edit. Buildium takes only the name; the description stays here.</summary>
public abstract class CategoryInput
{
    [BuildiumField("Name")]
    public string? Name { get; set; }
    public string? Description { get; set; }

    public void Load(ICategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        Name = category.Name;
        Description = category.Description;
    }

    public void ApplyTo(ICategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        category.Name = Name?.Trim();
        category.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
    }
}
