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

    public WorkOrderChoices Choices { get; private set; } = WorkOrderChoices.Empty;

    public WorkOrderFormView Form => new(Input, Choices, Locked, IsNew: false);

    /// <summary>Fields Buildium cannot change on a work order it has (they belong to its task there), shown read-only.</summary>
    public IReadOnlySet<string> Locked { get; private set; } = new HashSet<string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var workOrder = await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (workOrder is null)
        {
            return NotFound();
        }

        var link = await db.WorkOrderLinks.AsNoTracking().FirstOrDefaultAsync(l => l.WorkOrderId == id, cancellationToken);
        Input = WorkOrderInput.From(workOrder, link);
        Subject = workOrder.Subject;
        Locked = LockedFields.For<WorkOrder>(workOrder.BuildiumWorkOrderId);
        Choices = await WorkOrderChoices.LoadAsync(db, Input, cancellationToken);
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
        var link = await db.WorkOrderLinks.FirstOrDefaultAsync(l => l.WorkOrderId == id, cancellationToken);
        // The task is fixed once the work order exists (Buildium cannot move one to another task).
        Input.TaskId = link?.TaskId;
        var result = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddValidationErrors(result);
        await ModelState.RequireChosenAsync("Input.PropertyId", Input.PropertyId is not null, db.Properties, p => p.Id == Input.PropertyId,
            "Choose one of the listed properties.", cancellationToken);
        if (!await PortfolioChoices.UnitFitsAsync(db, Input.PropertyId, Input.UnitId, cancellationToken))
        {
            ModelState.AddModelError("Input.UnitId", "Choose a unit of the chosen property.");
        }

        await StaffChoices.CheckAsync(db, ModelState, "Input.AssignedTo", Input.AssignedTo, workOrder.AssignedTo, cancellationToken);
        if (Input.VendorId != link?.VendorId)
        {
            await ModelState.RequireChosenAsync("Input.VendorId", Input.VendorId is not null, db.Vendors, v => v.Id == Input.VendorId && v.IsActive != false,
                "Choose one of the listed vendors.", cancellationToken);
        }

        if (ModelState.IsValid)
        {
            // Read-only fields are applied too: an unchanged value is no change, and a changed one is refused by the outbox.
            Input.ApplyTo(workOrder);
            var vendorChanged = Input.VendorId != link?.VendorId;
            if (link is null)
            {
                db.WorkOrderLinks.Add(new WorkOrderLink { WorkOrderId = id, VendorId = Input.VendorId });
            }
            else
            {
                link.VendorId = Input.VendorId;
            }

            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                if (vendorChanged)
                {
                    // The vendor is not a work_orders column, so the outbox did not see it change: queue the push here.
                    await QueuePushAsync(id, workOrder.BuildiumWorkOrderId, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                TempData["Flash"] = "Changes saved; they go to Buildium with the next sync.";
                return RedirectToPage("./Details", new { id });
            }
            catch (SyncRuleViolationException ex)
            {
                ModelState.AddSyncRuleViolation(ex);
            }
        }

        Choices = await WorkOrderChoices.LoadAsync(db, Input, cancellationToken);
        return Page();
    }

    private async Task QueuePushAsync(Guid id, int? buildiumId, CancellationToken cancellationToken)
    {
        var status = await db.SyncStatuses.FirstOrDefaultAsync(s => s.EntityType == SyncEntityTypes.WorkOrder && s.EntityId == id, cancellationToken);
        if (status is null)
        {
            db.SyncStatuses.Add(new BuildiumSyncStatus { EntityType = SyncEntityTypes.WorkOrder, EntityId = id, BuildiumId = buildiumId, SyncStatus = SyncStates.Pending });
        }
        else if (status.SyncStatus != SyncStates.Pending)
        {
            status.SyncStatus = SyncStates.Pending;
            if (status.ErrorMessage?.StartsWith(OutboxNotes.OutcomeUnknownPrefix, StringComparison.Ordinal) != true)
            {
                status.ErrorMessage = null;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
