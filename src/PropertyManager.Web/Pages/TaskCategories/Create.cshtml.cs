using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Tasks;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Pages.TaskCategories;

public sealed class CreateModel(AppDbContext db, IValidator<TaskCategoryInput> validator) : PageModel
{
    [BindProperty]
    public TaskCategoryInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        // ILIKE on the escaped name without its wildcards: equality, ignoring case.
        var sameName = SearchPattern.Contains(Input.Name ?? "")[1..^1];
        if (result.IsValid && await db.TaskCategories.AnyAsync(c => EF.Functions.ILike(c.Name!, sameName), cancellationToken))
        {
            ModelState.AddModelError("Input.Name", "A category with this name already exists.");
        }

        if (ModelState.IsValid)
        {
            var category = new TaskCategory { IsActive = true };
            Input.ApplyTo(category);
            db.TaskCategories.Add(category);
            try
            {
                // The outbox row that sends it to Buildium is written in this same save.
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = $"Category “{category.Name}” created; it goes to Buildium with the next sync.";
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
