using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Tasks;
using PropertyManager.Web.Display;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Tasks;

/// <summary>The dropdowns of the task form and the task list's filters.</summary>
public sealed record TaskChoices(IReadOnlyList<SelectListItem> Categories, IReadOnlyList<SelectListItem> Properties, IReadOnlyList<UnitOption> Units, IReadOnlyList<SelectListItem> Assignees)
{
    /// <summary>The status filter value for every status that still needs work (<see cref="TaskStatuses.Open"/>).</summary>
    public const string OpenStatus = "open";

    public static TaskChoices Empty { get; } = new([], [], [], []);

    public static IReadOnlyList<SelectListItem> Priorities { get; } = [.. TaskPriorities.All.Select(p => new SelectListItem(Labels.Of(p), p))];

    public static IReadOnlyList<SelectListItem> Statuses { get; } = [.. TaskStatuses.All.Select(s => new SelectListItem(Label(s), s))];

    public static string? Label(string? status) => Labels.Of(status);

    public static async Task<TaskChoices> LoadAsync(AppDbContext db, string? category, Guid? propertyId, Guid? unitId, string? assignedTo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new TaskChoices(
            await CategoriesAsync(db, category, cancellationToken),
            await PortfolioChoices.PropertiesAsync(db, propertyId, cancellationToken),
            await PortfolioChoices.UnitOptionsAsync(db, unitId, cancellationToken),
            await StaffChoices.LoadAsync(db, assignedTo, cancellationToken));
    }

    /// <summary>Tasks name their category (tasks.category references task_categories.name).</summary>
    public static async Task<IReadOnlyList<SelectListItem>> CategoriesAsync(AppDbContext db, string? selected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.TaskCategories.AsNoTracking()
            .Where(c => c.Name != null && (c.IsActive != false || c.Name == selected))
            .OrderBy(c => c.Name)
            .Select(c => new SelectListItem(c.Name!, c.Name!))
            .ToListAsync(cancellationToken);
    }
}
