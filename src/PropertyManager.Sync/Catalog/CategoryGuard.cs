using Microsoft.EntityFrameworkCore;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Catalog;

/// <summary>
/// The category columns reference categories by Buildium id or name through foreign keys; a record pointing at a
/// category we do not hold (deleted, or a system category) keeps no category rather than failing its whole batch.
/// </summary>
internal static class CategoryGuard
{
    public static async Task<int?> KnownAsync<TCategory>(PullContext context, int? buildiumCategoryId, CancellationToken cancellationToken) =>
        await context.Parents.FindAsync<TCategory>(buildiumCategoryId, cancellationToken) is null ? null : buildiumCategoryId;

    public static async Task<string?> KnownTaskCategoryAsync(PullContext context, string? name, CancellationToken cancellationToken)
    {
        if (name is null)
        {
            return null;
        }

        if (!context.Items.TryGetValue("task_category_names", out var memo))
        {
            memo = (await context.Db.TaskCategories.AsNoTracking().Where(c => c.Name != null).Select(c => c.Name!).ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            context.Items["task_category_names"] = memo;
        }

        return ((HashSet<string>)memo).Contains(name) ? name : null;
    }
}
