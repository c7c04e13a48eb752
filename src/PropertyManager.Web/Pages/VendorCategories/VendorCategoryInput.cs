using PropertyManager.Web.Categories;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.VendorCategories;

[BuildiumMessage("VendorCategorySaveMessage")]
public sealed class VendorCategoryInput : CategoryInput
{
    public const int MaxName = 255;

    public sealed class Validator() : CategoryInputValidator<VendorCategoryInput>(MaxName);
}
