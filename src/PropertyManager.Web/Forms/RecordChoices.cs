using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;

namespace PropertyManager.Web.Forms;

/// <summary>Dropdown options shared by several areas' forms and list filters.</summary>
public static class RecordChoices
{
    /// <summary>Active properties by name, plus the one already chosen even if it has since been deactivated.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> PropertiesAsync(AppDbContext db, Guid? selected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Properties.AsNoTracking()
            .Where(p => p.IsActive != false || p.Id == selected)
            .OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name ?? "(no name)", p.Id.ToString(), p.Id == selected))
            .ToListAsync(cancellationToken);
    }
}
