using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace PropertyManager.Web.Forms;

/// <summary>
/// A record chosen in a form must exist (and be the user's to see: the query filters apply), so a stale or forged
/// choice gets a message beside its field instead of failing as a foreign key violation in the save.
/// </summary>
public static class ChosenRecords
{
    public static async Task RequireChosenAsync<T>(
        this ModelStateDictionary modelState, string field, bool chosen, IQueryable<T> rows, Expression<Func<T, bool>> match, string message,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (chosen && !await rows.AnyAsync(match, cancellationToken))
        {
            modelState.AddModelError(field, message);
        }
    }
}
