using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Pages.Tasks;

namespace PropertyManager.Web.Pages.WorkOrders;

/// <summary>
/// A new work order, for an existing task (the task's page links here with it chosen) or on its own (Buildium then
/// creates a task for it from the subject, priority, status, due date, property, unit and assignee). Buildium needs the
/// vendor doing the work, kept in <c>work_order_links</c>.
/// </summary>
public sealed class CreateModel(AppDbContext db, IValidator<WorkOrderInput> validator) : PageModel
{
    private static readonly HashSet<string> _nothingLocked = [];

    [BindProperty]
    public WorkOrderInput Input { get; set; } = new();

    public WorkOrderChoices Choices { get; private set; } = WorkOrderChoices.Empty;

    /// <summary>The task the work order joins, when created from one.</summary>
    public string? TaskSubject { get; private set; }

    public WorkOrderFormView Form => new(Input, Choices, _nothingLocked, IsNew: true);

    public async Task<IActionResult> OnGetAsync(Guid? taskId, Guid? propertyId, CancellationToken cancellationToken)
    {
        Input = new WorkOrderInput { PropertyId = propertyId, Priority = TaskPriorities.Normal, Status = TaskStatuses.New };
        if (taskId is not null)
        {
            // The task's query filter decides whether the user may see it: another manager's task is not found.
            var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
            if (task is null)
            {
                return NotFound();
            }

            Input.TaskId = task.Id;
            Input.Subject = task.Subject;
            FromTask(task);
            TaskSubject = task.Subject;
        }

        Choices = await WorkOrderChoices.LoadAsync(db, Input, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        // Buildium needs the vendor to create a work order (an existing one without a known vendor keeps Buildium's).
        if (Input.VendorId is null)
        {
            ModelState.AddModelError("Input.VendorId", "Choose the vendor doing the work (Buildium needs one).");
        }

        MaintenanceTask? task = null;
        if (Input.TaskId is not null)
        {
            task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == Input.TaskId, cancellationToken);
            if (task is null)
            {
                ModelState.AddModelError("Input.TaskId", "Choose one of the listed tasks.");
            }
            else
            {
                // Priority, status, due date, property and unit belong to the task in Buildium: the work order shows the task's.
                FromTask(task);
                TaskSubject = task.Subject;
            }
        }
        else
        {
            if (Input.PropertyId is null)
            {
                ModelState.AddModelError("Input.PropertyId", "Choose the property the work is for.");
            }

            if (string.IsNullOrWhiteSpace(Input.Priority))
            {
                ModelState.AddModelError("Input.Priority", "Choose a priority.");
            }

            if (string.IsNullOrWhiteSpace(Input.Status))
            {
                ModelState.AddModelError("Input.Status", "Choose a status.");
            }

            if (string.IsNullOrWhiteSpace(Input.AssignedTo))
            {
                ModelState.AddModelError("Input.AssignedTo", "Choose who the work order's task is assigned to in Buildium.");
            }
        }

        await ModelState.RequireChosenAsync("Input.PropertyId", Input.PropertyId is not null, db.Properties, p => p.Id == Input.PropertyId,
            "Choose one of the listed properties.", cancellationToken);
        if (!await PortfolioChoices.UnitFitsAsync(db, Input.PropertyId, Input.UnitId, cancellationToken))
        {
            ModelState.AddModelError("Input.UnitId", "Choose a unit of the chosen property.");
        }

        await ModelState.RequireChosenAsync("Input.VendorId", Input.VendorId is not null, db.Vendors, v => v.Id == Input.VendorId && v.IsActive != false,
            "Choose one of the listed vendors.", cancellationToken);
        await StaffChoices.CheckAsync(db, ModelState, "Input.AssignedTo", Input.AssignedTo, task?.AssignedTo, cancellationToken);

        if (ModelState.IsValid)
        {
            // The id is set here so the link row can name the work order in the same save.
            var workOrder = new WorkOrder { Id = Guid.NewGuid() };
            Input.ApplyTo(workOrder);
            db.WorkOrders.Add(workOrder);
            db.WorkOrderLinks.Add(new WorkOrderLink { WorkOrderId = workOrder.Id, VendorId = Input.VendorId, TaskId = Input.TaskId });
            try
            {
                // The outbox row that sends it to Buildium is written in this same save.
                await db.SaveChangesAsync(cancellationToken);
                TempData["Flash"] = "Work order created; it goes to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id = workOrder.Id });
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }

        Choices = await WorkOrderChoices.LoadAsync(db, Input, cancellationToken);
        return Page();
    }

    private void FromTask(MaintenanceTask task)
    {
        Input.PropertyId = task.PropertyId;
        Input.UnitId = task.UnitId;
        Input.Priority = task.Priority;
        Input.Status = task.Status;
        Input.ScheduledDate = TaskInput.Day(task.ScheduledDate);
        Input.AssignedTo ??= task.AssignedTo;
    }
}
