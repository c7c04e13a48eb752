using FluentValidation;
using PropertyManager.Data;
using PropertyManager.Data.Vendors;
using PropertyManager.Web.Categories;

namespace PropertyManager.Web.Pages.VendorCategories;

public sealed class EditModel(AppDbContext db, IValidator<VendorCategoryInput> validator) : CategoryEditPageModel<VendorCategory, VendorCategoryInput>(db, validator);
