using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Common;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Categories;

/// <summary>The rules both category forms apply: a name unique ignoring case, and what a refused save tells the user.</summary>
internal static class CategoryForms
{
    private const string NameTaken = "A category with this name already exists.";

    public static async Task CheckNameAsync<TCategory>(AppDbContext db, ModelStateDictionary modelState, string? name, Guid? except, CancellationToken cancellationToken)
        where TCategory : class, ICategory
    {
        // ILIKE on the escaped name without its wildcards: equality, ignoring case.
        var sameName = SearchPattern.Contains(name ?? "")[1..^1];
        if (await db.Set<TCategory>().AnyAsync(c => c.Id != except && EF.Functions.ILike(c.Name!, sameName), cancellationToken))
        {
            modelState.AddModelError("Input.Name", NameTaken);
        }
    }

    /// <summary>Saves (the outbox row that sends the change to Buildium is written in the same save); false with the reason at the field when refused.</summary>
    public static async Task<bool> TrySaveAsync(AppDbContext db, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (SyncRuleViolationException ex)
        {
            modelState.AddSyncRuleViolation(ex);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another save took the name between the check and this one.
            modelState.AddModelError("Input.Name", NameTaken);
        }

        return false;
    }
}
