using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertyManager.Data;
using PropertyManager.Data.Common;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Categories;

/// <summary>The create page of a category kind (vendor or task categories).</summary>
public abstract class CategoryCreatePageModel<TCategory, TInput>(AppDbContext db, IValidator<TInput> validator) : PageModel
    where TCategory : class, ICategory, new()
    where TInput : CategoryInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        if (result.IsValid)
        {
            await CategoryForms.CheckNameAsync<TCategory>(db, ModelState, Input.Name, except: null, cancellationToken);
        }

        if (ModelState.IsValid)
        {
            var category = new TCategory { IsActive = true };
            Input.ApplyTo(category);
            db.Set<TCategory>().Add(category);
            if (await CategoryForms.TrySaveAsync(db, ModelState, cancellationToken))
            {
                TempData["Flash"] = $"Category “{category.Name}” created; it goes to Buildium with the next sync.";
                return RedirectToPage("./Index");
            }
        }

        return Page();
    }
}
