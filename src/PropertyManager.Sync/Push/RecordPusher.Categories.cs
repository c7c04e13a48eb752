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
    private async Task<int> PushVendorCategoryAsync(PushItem item, CancellationToken cancellationToken)
    {
        var category = await db.VendorCategories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (category.BuildiumCategoryId is { } id and > 0)
        {
            var merge = await MergerAsync<VendorCategory, VendorCategoryMessage>(item, category, id, VendorCategoryMapper.ToLocal, cancellationToken);
            VendorCategory? merged = null;
            await client.UpdateAsync<VendorCategoryMessage, VendorCategorySaveMessage>(
                $"v1/vendors/categories/{id}",
                read =>
                {
                    merged = VendorCategoryMapper.IsEditable(read) ? merge(read) : throw SystemCategory("vendor", read.Name);
                    return read.ToPutMessage();
                },
                put => VendorCategoryMapper.ApplyTo(merged!, put),
                cancellationToken);
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

    private async Task<int> PushTaskCategoryAsync(PushItem item, CancellationToken cancellationToken)
    {
        var category = await db.TaskCategories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (category.BuildiumCategoryId is { } id and > 0)
        {
            var merge = await MergerAsync<TaskCategory, TaskCategoryMessage>(item, category, id, TaskCategoryMapper.ToLocal, cancellationToken);
            TaskCategory? merged = null;
            await client.UpdateAsync<TaskCategoryMessage, TaskCategoryPutMessage>(
                $"v1/tasks/categories/{id}",
                read =>
                {
                    merged = TaskCategoryMapper.IsEditable(read) ? merge(read) : throw SystemCategory("task", read.Name);
                    return read.ToPutMessage();
                },
                put => TaskCategoryMapper.ApplyTo(merged!, put),
                cancellationToken);
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
