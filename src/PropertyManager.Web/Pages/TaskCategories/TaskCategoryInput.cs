using PropertyManager.Web.Categories;

namespace PropertyManager.Web.Pages.TaskCategories;

public sealed class TaskCategoryInput : CategoryInput
{
    public const int MaxName = 100;

    public sealed class Validator() : CategoryInputValidator<TaskCategoryInput>(MaxName);
}
