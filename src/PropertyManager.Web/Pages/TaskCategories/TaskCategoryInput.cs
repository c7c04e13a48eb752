using PropertyManager.Web.Categories;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.TaskCategories;

[BuildiumMessage("TaskCategorySaveMessage")]
public sealed class TaskCategoryInput : CategoryInput
{
    public const int MaxName = 100;

    public sealed class Validator() : CategoryInputValidator<TaskCategoryInput>(MaxName);
}
