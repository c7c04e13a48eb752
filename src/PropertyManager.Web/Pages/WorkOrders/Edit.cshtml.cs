using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Pages.Tasks;

namespace PropertyManager.Web.Pages.WorkOrders;

public sealed class EditModel(AppDbContext db, IValidator<WorkOrderInput> validator) : PageModel
{
    [BindProperty]
    public WorkOrderInput Input { get; set; } = new();

    public string? Subject { get; private set; }

    public TaskChoices Choices { get; private set; } = TaskChoices.Empty;

    /// <summary>Fields Buildium cannot change on a work order it has (they belong to its task there), shown read-only.</summary>
    public IReadOnlySet<string> Locked { get; private set; } = new HashSet<string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var workOrder = await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (workOrder is null)
        {
            return NotFound();
        }

        Input = WorkOrderInput.From(workOrder);
        Subject = workOrder.Subject;
        Locked = LockedFields.For<WorkOrder>(workOrder.BuildiumWorkOrderId);
        Choices = await TaskChoices.LoadAsync(db, workOrder.Category, workOrder.PropertyId, workOrder.UnitId, workOrder.AssignedTo, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var workOrder = await db.WorkOrders.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (workOrder is null)
        {
            return NotFound();
        }

        Subject = workOrder.Subject;
        Locked = LockedFields.For<WorkOrder>(workOrder.BuildiumWorkOrderId);
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        await ModelState.RequireChosenAsync("Input.PropertyId", Input.PropertyId is not null, db.Properties, p => p.Id == Input.PropertyId,
            "Choose one of the listed properties.", cancellationToken);
        if (!await PortfolioChoices.UnitFitsAsync(db, Input.PropertyId, Input.UnitId, cancellationToken))
        {
            ModelState.AddModelError("Input.UnitId", "Choose a unit of the chosen property.");
        }

        await StaffChoices.CheckAsync(db, ModelState, "Input.AssignedTo", Input.AssignedTo, workOrder.AssignedTo, cancellationToken);

        if (ModelState.IsValid)
        {
            // Read-only fields are applied too: an unchanged value is no change, and a changed one is refused by the outbox.
            Input.ApplyTo(workOrder);
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
