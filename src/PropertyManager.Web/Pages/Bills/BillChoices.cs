using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Bills;

/// <summary>The dropdowns of the bill form, and the form partial's model.</summary>
public sealed record BillChoices(
    IReadOnlyList<SelectListItem> Vendors,
    IReadOnlyList<SelectListItem> Categories,
    IReadOnlyList<SelectListItem> Properties,
    IReadOnlyList<UnitOption> Units)
{
    public static BillChoices Empty { get; } = new([], [], [], []);

    /// <summary>Active records, plus the ones the bill already points at even if they have since been deactivated.</summary>
    public static async Task<BillChoices> LoadAsync(AppDbContext db, BillInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(input);
        var vendors = await VendorsAsync(db, input.VendorId, cancellationToken);
        // Bill categories are Buildium GL accounts: only those with a Buildium id can be booked to.
        var categories = await db.BillCategories.AsNoTracking()
            .Where(c => c.BuildiumCategoryId != null && (c.IsActive != false || c.BuildiumCategoryId == input.CategoryId))
            .OrderBy(c => c.Name)
            .Select(c => new SelectListItem(c.Name ?? "(no name)", c.BuildiumCategoryId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);
        var properties = await PortfolioChoices.PropertiesAsync(db, input.PropertyId, cancellationToken);
        var units = await PortfolioChoices.UnitOptionsAsync(db, input.UnitId, cancellationToken);
        return new BillChoices(vendors, categories, properties, units);
    }

    public static async Task<IReadOnlyList<SelectListItem>> VendorsAsync(AppDbContext db, Guid? selected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Vendors.AsNoTracking()
            .Where(v => v.IsActive != false || v.Id == selected)
            .OrderBy(v => v.Name)
            .Select(v => new SelectListItem(v.Name ?? "(no name)", v.Id.ToString()))
            .ToListAsync(cancellationToken);
    }
}
