using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Tasks;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Pages.Bills;

namespace PropertyManager.Web.Pages.WorkOrders;

/// <summary>The dropdowns of the work order form; units and tasks carry their property so the page narrows them.</summary>
public sealed record WorkOrderChoices(
    IReadOnlyList<SelectListItem> Properties, IReadOnlyList<UnitOption> Units, IReadOnlyList<UnitOption> Tasks,
    IReadOnlyList<SelectListItem> Vendors, IReadOnlyList<SelectListItem> Assignees)
{
    public static WorkOrderChoices Empty { get; } = new([], [], [], [], []);

    public static async Task<WorkOrderChoices> LoadAsync(AppDbContext db, WorkOrderInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(input);
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => TaskStatuses.Open.Contains(t.Status!) || t.Id == input.TaskId)
            .OrderBy(t => t.Property!.Name).ThenBy(t => t.Subject)
            .Take(2000)
            .Select(t => new UnitOption(t.Id.ToString(), t.Subject ?? "(no subject)", t.PropertyId.ToString()))
            .ToListAsync(cancellationToken);
        return new WorkOrderChoices(
            await PortfolioChoices.PropertiesAsync(db, input.PropertyId, cancellationToken),
            await PortfolioChoices.UnitOptionsAsync(db, input.UnitId, cancellationToken),
            tasks,
            await BillChoices.VendorsAsync(db, input.VendorId, cancellationToken),
            await StaffChoices.LoadAsync(db, input.AssignedTo, cancellationToken));
    }
}
