using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Tasks;
using PropertyManager.Buildium.Vendors;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Vendors;
using PropertyManager.Sync.Mapping;

namespace PropertyManager.Sync.Push;

/// <summary>Vendor and task categories: Buildium holds only their names, unique per kind, which is also their natural key.</summary>
public sealed partial class RecordPusher
{
    internal async Task<int> PushVendorCategoryAsync(PushItem item, CancellationToken cancellationToken)
    {
        var category = await db.VendorCategories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (category.BuildiumCategoryId is { } id and > 0)
        {
            var current = await client.VendorCategories.GetAsync(id, cancellationToken);
            if (!VendorCategoryMapper.IsEditable(current))
            {
                throw SystemCategory("vendor", current.Name);
            }

            var merged = await MergeAsync(item, category, id, current, VendorCategoryMapper.ToLocal, cancellationToken);
            var put = current.ToPutMessage();
            VendorCategoryMapper.ApplyTo(merged, put);
            await client.VendorCategories.ReplaceAsync(id, put, cancellationToken);
            return id;
        }

        return await CreateOnceAsync(
            item,
            async () => await client.VendorCategories.ListAsync(cancellationToken)
                .Where(c => Matches(c.Name, category.Name))
                .Select(c => (int?)c.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await client.VendorCategories.CreateAsync(VendorCategoryMapper.ToPost(category), cancellationToken)).Id);
    }

    internal async Task<int> PushTaskCategoryAsync(PushItem item, CancellationToken cancellationToken)
    {
        var category = await db.TaskCategories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (category.BuildiumCategoryId is { } id and > 0)
        {
            var current = await client.TaskCategories.GetAsync(id, cancellationToken);
            if (!TaskCategoryMapper.IsEditable(current))
            {
                throw SystemCategory("task", current.Name);
            }

            var merged = await MergeAsync(item, category, id, current, TaskCategoryMapper.ToLocal, cancellationToken);
            var put = current.ToPutMessage();
            TaskCategoryMapper.ApplyTo(merged, put);
            await client.TaskCategories.ReplaceAsync(id, put, cancellationToken);
            return id;
        }

        return await CreateOnceAsync(
            item,
            async () => await client.TaskCategories.ListAsync(cancellationToken)
                .Where(c => Matches(c.Name, category.Name))
                .Select(c => (int?)c.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await client.TaskCategories.CreateAsync(TaskCategoryMapper.ToPost(category), cancellationToken)).Id);
    }

    private static PushRejectedException SystemCategory(string kind, string? name) =>
        new($"The {kind} category '{name}' is one of Buildium's system categories, which cannot be renamed.");
}
