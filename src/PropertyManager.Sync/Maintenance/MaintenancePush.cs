using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Tasks;
using PropertyManager.Buildium.WorkOrders;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Push;

namespace PropertyManager.Sync.Maintenance;

/// <summary>Task categories (names only, unique), tasks (created as To-Dos, updated through their own type's endpoint), their history entries and work orders.</summary>
internal sealed class MaintenancePush(RecordPusher pusher) : KindPush(pusher)
{
    internal async Task<int> PushTaskAsync(PushItem item, CancellationToken cancellationToken)
    {
        var task = await Db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        int? propertyId = null;
        int? unitId = null;
        if (task.PropertyId is not null)
        {
            propertyId = await Db.Properties.Where(p => p.Id == task.PropertyId).Select(p => p.BuildiumPropertyId).SingleOrDefaultAsync(cancellationToken)
                ?? throw Waiting("property");
        }

        if (task.UnitId is not null)
        {
            unitId = await Db.Units.Where(u => u.Id == task.UnitId).Select(u => u.BuildiumUnitId).SingleOrDefaultAsync(cancellationToken)
                ?? throw Waiting("unit");
        }

        int? categoryId = null;
        if (task.Category is not null)
        {
            var category = await Db.TaskCategories.Where(c => c.Name == task.Category).Select(c => new { c.BuildiumCategoryId }).FirstOrDefaultAsync(cancellationToken);
            // A category created here reaches Buildium first (its kind comes earlier); the task waits for it rather than losing it.
            categoryId = category is null ? null : category.BuildiumCategoryId ?? throw Waiting("task category");
        }

        if (task.BuildiumTaskId is { } id and not 0)
        {
            // The type decides the endpoint. The pull stored it with the task (the merge base); only a task without one
            // costs the generic read to learn it, then the typed endpoint's GET + PUT.
            var type = await StoredTaskTypeAsync(id, cancellationToken) ?? (await Client.Tasks.GetAsync(id, cancellationToken)).TaskType;
            var tasks = Client.Tasks;
            await (type.Known switch
            {
                TaskType.ResidentRequest => UpdateTaskAsync(
                    item, task, id, type, tasks.GetResidentRequestAsync, TaskMapping.ToPutMessage,
                    (merged, put) => MaintenanceTaskMapper.ApplyTo(merged, put, categoryId), tasks.ReplaceResidentRequestAsync, cancellationToken),
                TaskType.ContactRequest => UpdateTaskAsync(
                    item, task, id, type, tasks.GetContactRequestAsync, TaskMapping.ToPutMessage,
                    (merged, put) => MaintenanceTaskMapper.ApplyTo(merged, put, propertyId, unitId, categoryId), tasks.ReplaceContactRequestAsync, cancellationToken),
                TaskType.RentalOwnerRequest => UpdateTaskAsync(
                    item, task, id, type, tasks.GetRentalOwnerRequestAsync, TaskMapping.ToPutMessage,
                    (merged, put) => MaintenanceTaskMapper.ApplyTo(merged, put, propertyId, unitId, categoryId), tasks.ReplaceRentalOwnerRequestAsync, cancellationToken),
                TaskType.Todo => UpdateTaskAsync(
                    item, task, id, type, tasks.GetToDoAsync, TaskMapping.ToPutMessage,
                    (merged, put) => MaintenanceTaskMapper.ApplyTo(merged, put, propertyId, unitId, categoryId), tasks.ReplaceToDoAsync, cancellationToken),
                _ => throw new PushRejectedException($"Buildium task {id} is of a type this app cannot update ({type}); change it in Buildium."),
            });
            return id;
        }

        var createdAfter = DateOnly.FromDateTime((task.CreatedAt ?? Time.GetUtcNow()).UtcDateTime.AddDays(-1));
        return await CreateOnceAsync(
            item,
            async () => await Client.Tasks.ListAsync(new TaskListFilter { TaskTitle = task.Subject, LastUpdatedFrom = createdAfter }, cancellationToken)
                .Where(t => Matches(t.Title, task.Subject) && t.CreatedDateTime >= (task.CreatedAt ?? DateTimeOffset.MinValue).AddMinutes(-5))
                .Select(t => (int?)t.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await Client.Tasks.CreateToDoAsync(MaintenanceTaskMapper.ToPost(task, propertyId, unitId, categoryId), cancellationToken)).Id);
    }

    internal async Task<int> PushWorkOrderAsync(PushItem item, CancellationToken cancellationToken)
    {
        var workOrder = await Db.WorkOrders.AsNoTracking().SingleOrDefaultAsync(w => w.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        var link = await Db.WorkOrderLinks.AsNoTracking().SingleOrDefaultAsync(l => l.WorkOrderId == workOrder.Id, cancellationToken);
        int? vendorId = null;
        if (link?.VendorId is not null)
        {
            vendorId = await Db.Vendors.Where(v => v.Id == link.VendorId).Select(v => v.BuildiumVendorId).SingleOrDefaultAsync(cancellationToken)
                ?? throw Waiting("vendor");
        }

        if (workOrder.BuildiumWorkOrderId is { } id and not 0)
        {
            var current = await Client.WorkOrders.GetAsync(id, cancellationToken);
            var merged = await MergeAsync(item, workOrder, id, current, WorkOrderMapper.ToLocal, cancellationToken);
            var put = current.ToPutMessage();
            WorkOrderMapper.ApplyTo(merged, put);
            // The vendor lives in work_order_links; without one there, the PUT keeps Buildium's.
            put.VendorId = vendorId ?? put.VendorId;
            await Client.WorkOrders.ReplaceAsync(id, put, cancellationToken);
            return id;
        }

        // Buildium requires the vendor doing the work.
        var vendor = vendorId ?? throw new PushRejectedException("A work order needs a vendor before it can be created in Buildium: choose one on the work order.");
        int? taskId = null;
        if (link?.TaskId is not null)
        {
            taskId = await Db.Tasks.Where(t => t.Id == link.TaskId).Select(t => t.BuildiumTaskId).SingleOrDefaultAsync(cancellationToken)
                ?? throw Waiting("task");
        }

        int? propertyId = null;
        int? unitId = null;
        if (taskId is null && workOrder.PropertyId is not null)
        {
            propertyId = await Db.Properties.Where(p => p.Id == workOrder.PropertyId).Select(p => p.BuildiumPropertyId).SingleOrDefaultAsync(cancellationToken)
                ?? throw Waiting("property");
        }

        if (taskId is null && workOrder.UnitId is not null)
        {
            unitId = await Db.Units.Where(u => u.Id == workOrder.UnitId).Select(u => u.BuildiumUnitId).SingleOrDefaultAsync(cancellationToken)
                ?? throw Waiting("unit");
        }

        if (taskId is null && !int.TryParse(workOrder.AssignedTo, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            throw new PushRejectedException("A work order without a task needs a Buildium staff user to assign its new task to: choose one on the work order.");
        }

        var createdAfter = DateOnly.FromDateTime((workOrder.CreatedAt ?? Time.GetUtcNow()).UtcDateTime.AddDays(-1));
        return await CreateOnceAsync(
            item,
            async () => await Client.WorkOrders.ListAsync(new WorkOrderListFilter { LastUpdatedFrom = createdAfter }, cancellationToken)
                .Where(w => w.VendorId == vendor && Matches(w.Title, workOrder.Subject) && (taskId is null || w.Task?.Id == taskId))
                .Select(w => (int?)w.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await Client.WorkOrders.CreateAsync(
                WorkOrderMapper.ToPost(workOrder, vendor, propertyId, unitId, taskId), cancellationToken)).Id);
    }

    /// <summary>Buildium writes history entries itself when a task changes; only an entry's message can be changed afterwards.</summary>
    internal async Task<int> PushTaskHistoryAsync(PushItem item, CancellationToken cancellationToken)
    {
        var entry = await Db.TaskHistory.AsNoTracking().SingleOrDefaultAsync(h => h.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (entry.BuildiumHistoryId is not ({ } id and > 0))
        {
            throw new PushRejectedException("A task history entry cannot be created in Buildium: Buildium writes a task's history itself when the task changes.");
        }

        var taskId = await Db.Tasks.Where(t => t.Id == entry.TaskId).Select(t => t.BuildiumTaskId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new PushRejectedException("The task history entry's task is not in Buildium.");
        var current = await Client.TaskHistory.GetAsync(taskId, id, cancellationToken);
        var merged = await MergeAsync(
            item, entry, id, current, TaskHistoryMapper.ToLocal, cancellationToken,
            payload => payload.Deserialize<ChildRecord<TaskHistoryMessage>>(Serializer.Options)?.Item);
        var put = current.ToPutMessage();
        TaskHistoryMapper.ApplyTo(merged, put);
        await Client.TaskHistory.ReplaceAsync(taskId, id, put, cancellationToken);
        return id;
    }

    /// <summary>
    /// Read the task through its type's endpoint, merge it (in the generic read's shape, the merge base's), apply the
    /// merged record to the full current values and replace them.
    /// </summary>
    private async Task UpdateTaskAsync<TRead, TPut>(
        PushItem item, MaintenanceTask task, int id, BuildiumEnumValue<TaskType> type,
        Func<int, CancellationToken, Task<TRead>> read, Func<TRead, TPut> toPut, Action<MaintenanceTask, TPut> apply,
        Func<int, TPut, CancellationToken, Task<TRead>> replace, CancellationToken cancellationToken)
    {
        var current = await read(id, cancellationToken);
        var merged = await MergeAsync(item, task, id, AsAllTasks(current, type), MaintenanceTaskMapper.ToLocal, cancellationToken);
        var put = toPut(current);
        apply(merged, put);
        await replace(id, put, cancellationToken);
    }

    /// <summary>The task's type as the pull stored it (the generic read's <c>TaskType</c>), or null when no pull stored the task.</summary>
    private async Task<BuildiumEnumValue<TaskType>?> StoredTaskTypeAsync(int buildiumId, CancellationToken cancellationToken)
    {
        var payload = await Db.SyncRecords.AsNoTracking()
            .Where(r => r.Kind == SyncEntityTypes.Task && r.BuildiumId == buildiumId)
            .Select(r => r.Payload)
            .SingleOrDefaultAsync(cancellationToken);
        return payload?.RootElement.TryGetProperty(nameof(AllTasksMessage.TaskType), out var type) == true && type.GetString() is { Length: > 0 } name
            ? new BuildiumEnumValue<TaskType>(name)
            : null;
    }

    /// <summary>A typed task read in the generic read's shape (the merge base's shape): the same fields, plus the type.</summary>
    private AllTasksMessage AsAllTasks<TRead>(TRead read, BuildiumEnumValue<TaskType> type)
    {
        var all = JsonSerializer.SerializeToElement(read, Serializer.Options).Deserialize<AllTasksMessage>(Serializer.Options)!;
        all.TaskType = type;
        return all;
    }

    internal async Task<int> PushTaskCategoryAsync(PushItem item, CancellationToken cancellationToken)
    {
        var category = await Db.TaskCategories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (category.BuildiumCategoryId is { } id and > 0)
        {
            var current = await Client.TaskCategories.GetAsync(id, cancellationToken);
            if (!TaskCategoryMapper.IsEditable(current))
            {
                throw SystemCategory("task", current.Name);
            }

            var merged = await MergeAsync(item, category, id, current, TaskCategoryMapper.ToLocal, cancellationToken);
            var put = current.ToPutMessage();
            TaskCategoryMapper.ApplyTo(merged, put);
            await Client.TaskCategories.ReplaceAsync(id, put, cancellationToken);
            return id;
        }

        return await CreateOnceAsync(
            item,
            async () => await Client.TaskCategories.ListAsync(cancellationToken)
                .Where(c => Matches(c.Name, category.Name))
                .Select(c => (int?)c.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await Client.TaskCategories.CreateAsync(TaskCategoryMapper.ToPost(category), cancellationToken)).Id);
    }
}
