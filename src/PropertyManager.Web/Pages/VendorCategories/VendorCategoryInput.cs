using FluentValidation;
using PropertyManager.Data.Vendors;

namespace PropertyManager.Web.Pages.VendorCategories;

/// <summary>The fields of the vendor category form, shared by Create and Edit. Buildium takes only the name; the description stays here.</summary>
public sealed class VendorCategoryInput
{
    public const int MaxName = 255;

    public string? Name { get; set; }
    public string? Description { get; set; }

    public static VendorCategoryInput From(VendorCategory c) => new() { Name = c.Name, Description = c.Description };

    public void ApplyTo(VendorCategory c)
    {
        ArgumentNullException.ThrowIfNull(c);
        c.Name = Name?.Trim();
        c.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
    }

    /// <summary>The name is required and at most 255 characters; uniqueness is checked by the page against the table.</summary>
    public sealed class Validator : AbstractValidator<VendorCategoryInput>
    {
        public Validator()
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the category's name.").MaximumLength(MaxName);
            RuleFor(x => x.Description).MaximumLength(1000);
        }
    }
}
