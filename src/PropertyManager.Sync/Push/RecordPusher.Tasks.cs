using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Tasks;
using PropertyManager.Buildium.WorkOrders;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Sync.Mapping;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Push;

/// <summary>Tasks (created as To-Dos, updated through their own type's endpoint), their history entries and work orders.</summary>
public sealed partial class RecordPusher
{
    private async Task<int> PushTaskAsync(PushItem item, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        int? propertyId = null;
        int? unitId = null;
        if (task.PropertyId is not null)
        {
            propertyId = await db.Properties.Where(p => p.Id == task.PropertyId).Select(p => p.BuildiumPropertyId).SingleOrDefaultAsync(cancellationToken)
                ?? throw Waiting("property");
        }

        if (task.UnitId is not null)
        {
            unitId = await db.Units.Where(u => u.Id == task.UnitId).Select(u => u.BuildiumUnitId).SingleOrDefaultAsync(cancellationToken)
                ?? throw Waiting("unit");
        }

        int? categoryId = null;
        if (task.Category is not null)
        {
            var category = await db.TaskCategories.Where(c => c.Name == task.Category).Select(c => new { c.BuildiumCategoryId }).FirstOrDefaultAsync(cancellationToken);
            // A category created here reaches Buildium first (its kind comes earlier); the task waits for it rather than losing it.
            categoryId = category is null ? null : category.BuildiumCategoryId ?? throw Waiting("task category");
        }

        if (task.BuildiumTaskId is { } id and not 0)
        {
            // The generic read says which type's endpoint owns the task; it is also the pull's shape, so it is the merge base.
            var current = await client.Tasks.GetAsync(id, cancellationToken);
            var merged = (await MergerAsync<MaintenanceTask, AllTasksMessage>(item, task, id, MaintenanceTaskMapper.ToLocal, cancellationToken))(current);
            var type = current.TaskType.Known;
            await (type switch
            {
                TaskType.ResidentRequest => client.Tasks.UpdateResidentRequestAsync(id, put => MaintenanceTaskMapper.ApplyTo(merged, put, categoryId), cancellationToken),
                TaskType.ContactRequest => client.Tasks.UpdateContactRequestAsync(id, put => MaintenanceTaskMapper.ApplyTo(merged, put, propertyId, unitId, categoryId), cancellationToken),
                TaskType.RentalOwnerRequest => client.Tasks.UpdateRentalOwnerRequestAsync(id, put => MaintenanceTaskMapper.ApplyTo(merged, put, propertyId, unitId, categoryId), cancellationToken),
                TaskType.Todo => (Task)client.Tasks.UpdateToDoAsync(id, put => MaintenanceTaskMapper.ApplyTo(merged, put, propertyId, unitId, categoryId), cancellationToken),
                _ => throw new PushRejectedException($"Buildium task {id} is of a type this app cannot update ({current.TaskType}); change it in Buildium."),
            });
            return id;
        }

        var createdAfter = DateOnly.FromDateTime((task.CreatedAt ?? time.GetUtcNow()).UtcDateTime.AddDays(-1));
        return await CreateOnceAsync(
            item,
            async () => await client.Tasks.ListAsync(new TaskListFilter { TaskTitle = task.Subject, LastUpdatedFrom = createdAfter }, cancellationToken)
                .Where(t => Matches(t.Title, task.Subject) && t.CreatedDateTime >= (task.CreatedAt ?? DateTimeOffset.MinValue).AddMinutes(-5))
                .Select(t => (int?)t.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await client.Tasks.CreateToDoAsync(MaintenanceTaskMapper.ToPost(task, propertyId, unitId, categoryId), cancellationToken)).Id);
    }

    private async Task<int> PushWorkOrderAsync(PushItem item, CancellationToken cancellationToken)
    {
        var workOrder = await db.WorkOrders.AsNoTracking().SingleOrDefaultAsync(w => w.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (workOrder.BuildiumWorkOrderId is not ({ } id and not 0))
        {
            // Buildium requires the vendor doing the work, and the documented work_orders table has no vendor column.
            throw new PushRejectedException(
                "A work order cannot be created in Buildium from here: Buildium needs its vendor, which this app does not store for work orders. Create it in Buildium and sync.");
        }

        var merge = await MergerAsync<WorkOrder, WorkOrderMessage>(item, workOrder, id, WorkOrderMapper.ToLocal, cancellationToken);
        WorkOrder? merged = null;
        await client.UpdateAsync<WorkOrderMessage, WorkOrderPutMessage>(
            $"v1/workorders/{id}", read => { merged = merge(read); return read.ToPutMessage(); }, put => WorkOrderMapper.ApplyTo(merged!, put), cancellationToken);
        return id;
    }

    /// <summary>Buildium writes history entries itself when a task changes; only an entry's message can be changed afterwards.</summary>
    private async Task<int> PushTaskHistoryAsync(PushItem item, CancellationToken cancellationToken)
    {
        var entry = await db.TaskHistory.AsNoTracking().SingleOrDefaultAsync(h => h.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (entry.BuildiumHistoryId is not ({ } id and > 0))
        {
            throw new PushRejectedException("A task history entry cannot be created in Buildium: Buildium writes a task's history itself when the task changes.");
        }

        var taskId = await db.Tasks.Where(t => t.Id == entry.TaskId).Select(t => t.BuildiumTaskId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new PushRejectedException("The task history entry's task is not in Buildium.");
        var merge = await MergerAsync<TaskHistory, TaskHistoryMessage>(
            item, entry, id, TaskHistoryMapper.ToLocal, cancellationToken,
            payload => payload.Deserialize<ChildRecord<TaskHistoryMessage>>(serializer.Options)?.Item);
        TaskHistory? merged = null;
        await client.UpdateAsync<TaskHistoryMessage, TaskHistoryPutMessage>(
            $"v1/tasks/{taskId}/history/{id}", read => { merged = merge(read); return read.ToPutMessage(); }, put => TaskHistoryMapper.ApplyTo(merged!, put), cancellationToken);
        return id;
    }
}
