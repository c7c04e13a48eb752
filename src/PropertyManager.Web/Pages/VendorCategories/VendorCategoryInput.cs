using PropertyManager.Web.Categories;

namespace PropertyManager.Web.Pages.VendorCategories;

public sealed class VendorCategoryInput : CategoryInput
{
    public const int MaxName = 255;

    public sealed class Validator() : CategoryInputValidator<VendorCategoryInput>(MaxName);
}
