using FluentValidation;
using PropertyManager.Data;
using PropertyManager.Data.Tasks;
using PropertyManager.Web.Categories;

namespace PropertyManager.Web.Pages.TaskCategories;

public sealed class CreateModel(AppDbContext db, IValidator<TaskCategoryInput> validator) : CategoryCreatePageModel<TaskCategory, TaskCategoryInput>(db, validator);
