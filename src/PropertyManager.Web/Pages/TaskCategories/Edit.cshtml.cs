using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Pages.TaskCategories;

public sealed class EditModel(AppDbContext db, IValidator<TaskCategoryInput> validator) : PageModel
{
    [BindProperty]
    public TaskCategoryInput Input { get; set; } = new();

    public string? Name { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var category = await db.TaskCategories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }

        Input = TaskCategoryInput.From(category);
        Name = category.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var category = await db.TaskCategories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }

        Name = category.Name;
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        // ILIKE on the escaped name without its wildcards: equality, ignoring case.
        var sameName = SearchPattern.Contains(Input.Name ?? "")[1..^1];
        if (result.IsValid && await db.TaskCategories.AnyAsync(c => c.Id != id && EF.Functions.ILike(c.Name!, sameName), cancellationToken))
        {
            ModelState.AddModelError("Input.Name", "A category with this name already exists.");
        }

        if (ModelState.IsValid)
        {
            Input.ApplyTo(category);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = "Changes saved; they go to Buildium with the next sync.";
                return RedirectToPage("./Index");
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                ModelState.AddModelError("Input.Name", "A category with this name already exists.");
            }
        }

        return Page();
    }
}
