using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;

namespace PropertyManager.Web.Pages.Properties;

internal static class BankAccountChoices
{
    /// <summary>Active bank accounts, plus the one already chosen even if it has since been deactivated.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> LoadAsync(AppDbContext db, Guid? selected, CancellationToken cancellationToken) =>
        await db.BankAccounts.AsNoTracking()
            .Where(b => b.IsActive != false || b.Id == selected)
            .OrderBy(b => b.Name)
            .Select(b => new SelectListItem(b.Name, b.Id.ToString()))
            .ToListAsync(cancellationToken);
}
