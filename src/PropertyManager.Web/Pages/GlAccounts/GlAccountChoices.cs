using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;

namespace PropertyManager.Web.Pages.GlAccounts;

internal static class GlAccountChoices
{
    /// <summary>Accounts Buildium knows (the parent is stored as its Buildium id), except the account itself.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> ParentsAsync(AppDbContext db, Guid? self, CancellationToken cancellationToken) =>
        await db.GlAccounts.AsNoTracking()
            .Where(g => g.BuildiumGlAccountId > 0 && g.Id != self)
            .OrderBy(g => g.AccountNumber).ThenBy(g => g.Name)
            .Select(g => new SelectListItem((g.AccountNumber == null ? "" : g.AccountNumber + " ") + g.Name, g.BuildiumGlAccountId.ToString()))
            .ToListAsync(cancellationToken);
}
