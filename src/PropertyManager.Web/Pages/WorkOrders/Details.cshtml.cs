using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.WorkOrders;

public sealed class DetailsModel(AppDbContext db, SyncStateReader syncState) : PageModel
{
    public WorkOrderView WorkOrder { get; private set; } = null!;
    public SyncStateView Sync { get; private set; } = null!;

    /// <summary>The assignee's name from Buildium's staff list (the record stores the user id).</summary>
    public string? Assignee { get; private set; }

    /// <summary>The vendor doing the work and the task it is for (<c>work_order_links</c>).</summary>
    public LinkedRecord? Vendor { get; private set; }

    public LinkedRecord? Task { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var workOrder = await db.WorkOrders.AsNoTracking().Where(w => w.Id == id)
            .Select(w => new WorkOrderView(w.Id, w.Subject, w.Description, w.Priority, w.Status, w.AssignedTo, w.Category, w.PropertyId, w.Property!.Name,
                w.Unit!.UnitNumber, w.EstimatedCost, w.ActualCost, w.ScheduledDate, w.CompletedDate, w.Notes, w.BuildiumWorkOrderId))
            .FirstOrDefaultAsync(cancellationToken);
        if (workOrder is null)
        {
            return NotFound();
        }

        WorkOrder = workOrder;
        var link = await db.WorkOrderLinks.AsNoTracking().Where(l => l.WorkOrderId == id)
            .Select(l => new
            {
                Vendor = l.VendorId == null ? null : new LinkedRecord(l.VendorId.Value, l.Vendor!.Name),
                Task = l.TaskId == null ? null : new LinkedRecord(l.TaskId.Value, l.Task!.Subject),
            })
            .FirstOrDefaultAsync(cancellationToken);
        Vendor = link?.Vendor;
        Task = link?.Task;
        Assignee = await StaffChoices.NameAsync(db, workOrder.AssignedTo, cancellationToken);
        Sync = await syncState.ReadAsync(SyncEntityTypes.WorkOrder, id, workOrder.BuildiumId, cancellationToken);
        return Page();
    }

    /// <summary>"Retry now": pushes this record at once (through the sync worker) and says how it went.</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid id, [FromServices] PushRetry retry, CancellationToken cancellationToken)
    {
        if (!await db.WorkOrders.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var (pushed, message) = await retry.RunAsync(SyncEntityTypes.WorkOrder, id, cancellationToken);
        TempData[pushed ? "Flash" : "FlashError"] = message;
        return RedirectToPage("./Details", new { id });
    }

    public sealed record LinkedRecord(Guid Id, string? Name);

    public sealed record WorkOrderView(
        Guid Id, string? Subject, string? Description, string? Priority, string? Status, string? AssignedTo, string? Category, Guid? PropertyId,
        string? Property, string? Unit, decimal? EstimatedCost, decimal? ActualCost, DateTimeOffset? ScheduledDate, DateTimeOffset? CompletedDate,
        string? Notes, int? BuildiumId);
}
