using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;

namespace PropertyManager.Web.Forms;

/// <summary>Dropdown options for forms that point at a property or unit.</summary>
public static class PortfolioChoices
{
    /// <summary>Active properties, plus the one already chosen even if inactive.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> PropertiesAsync(AppDbContext db, Guid? selected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Properties.AsNoTracking()
            .Where(p => p.IsActive != false || p.Id == selected)
            .OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name ?? "(no name)", p.Id.ToString()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Every unit (active ones, plus the chosen one), each tagged with its property: the form shows only the chosen
    /// property's units in the browser, and <see cref="UnitFitsAsync"/> checks the pair on the server.
    /// </summary>
    public static async Task<IReadOnlyList<UnitOption>> UnitOptionsAsync(AppDbContext db, Guid? selected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Units.AsNoTracking()
            .Where(u => u.Property!.IsActive != false || u.Id == selected)
            .OrderBy(u => u.Property!.Name).ThenBy(u => u.UnitNumber)
            .Take(2000)
            .Select(u => new UnitOption(u.Id.ToString(), (u.Property!.Name ?? "(no name)") + " · " + (u.UnitNumber ?? "(no number)"), u.PropertyId.ToString()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Whether the unit belongs to the property (or either is empty).</summary>
    public static async Task<bool> UnitFitsAsync(AppDbContext db, Guid? propertyId, Guid? unitId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return unitId is null || propertyId is null
            || await db.Units.AnyAsync(u => u.Id == unitId && u.PropertyId == propertyId, cancellationToken);
    }
}
