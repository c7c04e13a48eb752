using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Tasks;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Tasks;

public sealed class CreateModel(AppDbContext db, IValidator<TaskInput> validator) : PageModel
{
    private static readonly HashSet<string> _nothingLocked = [];

    [BindProperty]
    public TaskInput Input { get; set; } = new();

    public TaskChoices Choices { get; private set; } = TaskChoices.Empty;

    public TaskFormView Form => new(Input, Choices, _nothingLocked);

    /// <summary>The property page links here with its property chosen.</summary>
    public async Task OnGetAsync(Guid? propertyId, CancellationToken cancellationToken)
    {
        Input = new TaskInput { PropertyId = propertyId };
        Choices = await TaskChoices.LoadAsync(db, null, propertyId, null, null, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
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

        await StaffChoices.CheckAsync(db, ModelState, "Input.AssignedTo", Input.AssignedTo, null, cancellationToken);

        if (ModelState.IsValid)
        {
            var task = new MaintenanceTask();
            Input.ApplyTo(task);
            db.Tasks.Add(task);
            try
            {
                // The outbox row that sends it to Buildium is written in this same save.
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = "Task created; it goes to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id = task.Id });
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
