using FluentValidation;
using PropertyManager.Data;
using PropertyManager.Data.Tasks;
using PropertyManager.Web.Categories;

namespace PropertyManager.Web.Pages.TaskCategories;

public sealed class EditModel(AppDbContext db, IValidator<TaskCategoryInput> validator) : CategoryEditPageModel<TaskCategory, TaskCategoryInput>(db, validator);
