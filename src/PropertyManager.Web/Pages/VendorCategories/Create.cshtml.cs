using FluentValidation;
using PropertyManager.Data;
using PropertyManager.Data.Vendors;
using PropertyManager.Web.Categories;

namespace PropertyManager.Web.Pages.VendorCategories;

public sealed class CreateModel(AppDbContext db, IValidator<VendorCategoryInput> validator) : CategoryCreatePageModel<VendorCategory, VendorCategoryInput>(db, validator);
