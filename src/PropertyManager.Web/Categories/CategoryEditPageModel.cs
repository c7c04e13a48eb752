using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Common;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Categories;

/// <summary>The edit page of a category kind (vendor or task categories).</summary>
public abstract class CategoryEditPageModel<TCategory, TInput>(AppDbContext db, IValidator<TInput> validator) : PageModel
    where TCategory : class, ICategory
    where TInput : CategoryInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public string? Name { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var category = await db.Set<TCategory>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }

        Input.Load(category);
        Name = category.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var category = await db.Set<TCategory>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }

        Name = category.Name;
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        if (result.IsValid)
        {
            await CategoryForms.CheckNameAsync<TCategory>(db, ModelState, Input.Name, except: id, cancellationToken);
        }

        if (ModelState.IsValid)
        {
            Input.ApplyTo(category);
            if (await CategoryForms.TrySaveAsync(db, ModelState, cancellationToken))
            {
                TempData["Flash"] = "Changes saved; they go to Buildium with the next sync.";
                return RedirectToPage("./Index");
            }
        }

        return Page();
    }
}
