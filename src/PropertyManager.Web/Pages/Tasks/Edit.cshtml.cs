using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Tasks;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Tasks;

public sealed class EditModel(AppDbContext db, IValidator<TaskInput> validator) : PageModel
{
    [BindProperty]
    public TaskInput Input { get; set; } = new();

    public string? Subject { get; private set; }

    public TaskChoices Choices { get; private set; } = TaskChoices.Empty;

    /// <summary>Fields Buildium cannot change once the task is there, shown read-only.</summary>
    public IReadOnlySet<string> Locked { get; private set; } = new HashSet<string>();

    public TaskFormView Form => new(Input, Choices, Locked);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return NotFound();
        }

        Input = TaskInput.From(task);
        Subject = task.Subject;
        Locked = LockedFields.For<MaintenanceTask>(task.BuildiumTaskId);
        Choices = await TaskChoices.LoadAsync(db, task.Category, task.PropertyId, task.UnitId, task.AssignedTo, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return NotFound();
        }

        Subject = task.Subject;
        Locked = LockedFields.For<MaintenanceTask>(task.BuildiumTaskId);
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        await ModelState.RequireChosenAsync("Input.Category", !string.IsNullOrWhiteSpace(Input.Category), db.TaskCategories, c => c.Name == Input.Category!.Trim(),
            "Choose one of the listed categories.", cancellationToken);
        await ModelState.RequireChosenAsync("Input.PropertyId", Input.PropertyId is not null, db.Properties, p => p.Id == Input.PropertyId,
            "Choose one of the listed properties.", cancellationToken);
        if (!await PortfolioChoices.UnitFitsAsync(db, Input.PropertyId, Input.UnitId, cancellationToken))
        {
            ModelState.AddModelError("Input.UnitId", "Choose a unit of the chosen property.");
        }

        await StaffChoices.CheckAsync(db, ModelState, "Input.AssignedTo", Input.AssignedTo, task.AssignedTo, cancellationToken);

        if (ModelState.IsValid)
        {
            // Read-only fields are applied too: an unchanged value is no change, and a changed one is refused by the outbox.
            Input.ApplyTo(task);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = "Changes saved; they go to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id });
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }

        Choices = await TaskChoices.LoadAsync(db, Input.Category, Input.PropertyId, Input.UnitId, Input.AssignedTo, cancellationToken);
        return Page();
    }
}
