using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Caching;
using PropertyManager.Buildium.Files;
using PropertyManager.Buildium.Tasks;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Tasks;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Webhooks;

namespace PropertyManager.Sync.Maintenance;

/// <summary>Task categories, tasks of all four types, and their history and files (children of changed parents).</summary>
internal static class TaskKinds
{
    public static SyncKind TaskCategories() => new(new PullKind<TaskCategoryMessage, TaskCategory>
    {
        Name = SyncEntityTypes.TaskCategory,
        Filter = IncrementalFilter.None,
        Fetch = (context, _, ct) => context.Client.TaskCategories.ListAsync(ct),
        FetchOne = (context, id, ct) => context.Client.TaskCategories.GetAsync(id, ct),
        Id = m => m.Id,
        Map = TaskCategoryMapper.ToLocal,
        ListedMeansActive = true,
        ActiveProperty = nameof(TaskCategory.IsActive),
    })
    {
        Push = (pusher, item, ct) => new MaintenancePush(pusher).PushTaskCategoryAsync(item, ct),
        Webhooks = [new WebhookRoute("TaskCategory", "TaskCategoryId")],
        CachedEndpoint = BuildiumCachedEndpoints.TaskCategories,
    };

    /// <summary>The generic task list covers all four types; its updated-since filter is a date.</summary>
    public static SyncKind Tasks() => new(new PullKind<AllTasksMessage, MaintenanceTask>
    {
        Name = SyncEntityTypes.Task,
        Filter = IncrementalFilter.Date,
        Fetch = (context, window, ct) => context.Client.Tasks.ListAsync(
            new TaskListFilter { LastUpdatedFrom = window.Since is { } since ? DateOnly.FromDateTime(since.UtcDateTime) : null }, ct),
        FetchOne = (context, id, ct) => context.Client.Tasks.GetAsync(id, ct),
        Id = m => m.Id,
        Map = MaintenanceTaskMapper.ToLocal,
        Parents = MaintenanceTaskMapper.Parents,
        Resolve = async (context, _, entity, ct) => entity.Category = await CategoryGuard.KnownTaskCategoryAsync(context, entity.Category, ct),
    })
    {
        Push = (pusher, item, ct) => new MaintenancePush(pusher).PushTaskAsync(item, ct),
        Webhooks = [new WebhookRoute("Task", "TaskId")],
    };

    public static SyncKind TaskHistory() => new(new PullKind<ChildRecord<TaskHistoryMessage>, TaskHistory>
    {
        Name = SyncEntityTypes.TaskHistory,
        Filter = IncrementalFilter.Child,
        Fetch = (context, _, ct) => HistoryOfChangedTasksAsync(context, ct),
        Id = c => c.Item.Id,
        Map = (c, entity) => TaskHistoryMapper.ToLocal(c.Item, entity),
        Parents = c => TaskHistoryMapper.Parents(c.Item) with { TaskId = c.ParentId },
        ParentKind = SyncEntityTypes.Task,
    })
    {
        ReadWith = [SyncEntityTypes.TaskHistoryFile],
        Push = (pusher, item, ct) => new MaintenancePush(pusher).PushTaskHistoryAsync(item, ct),
        Webhooks = [new WebhookRoute("Task.History", "TaskId", "TaskHistoryId")],
    };

    public static SyncKind TaskHistoryFiles() => new(new PullKind<ChildRecord<TaskHistoryFileMessage>, TaskHistoryFile>
    {
        Name = SyncEntityTypes.TaskHistoryFile,
        Filter = IncrementalFilter.Child,
        Fetch = (context, _, ct) => FilesOfChangedHistoryAsync(context, ct),
        Id = c => c.Item.Id,
        Map = (c, entity) => TaskHistoryFileMapper.ToLocal(c.Item, entity),
        Resolve = async (context, c, entity, ct) =>
            entity.TaskHistoryId = (Guid?)await context.Parents.FindAsync<TaskHistory>(c.ParentId, ct),
        ParentKind = SyncEntityTypes.TaskHistory,
    })
    {
        // Files are read only under the entries that list some.
        ParentsToRead = context => context.Items.TryGetValue(HistoryWithFiles, out var memo)
            ? ((System.Collections.Concurrent.ConcurrentDictionary<int, byte>)memo).Count
            : 0,
    };

    private const string HistoryWithFiles = "history_with_files";

    private static async IAsyncEnumerable<ChildRecord<TaskHistoryMessage>> HistoryOfChangedTasksAsync(
        PullContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Files are read only for entries that list some (FileIds), not for every history entry.
        var withFiles = new System.Collections.Concurrent.ConcurrentDictionary<int, byte>();
        context.Items[HistoryWithFiles] = withFiles;
        var tasks = await OpenFirstAsync(context, context.ChangedIn(SyncEntityTypes.Task), cancellationToken);
        await foreach (var entry in ChildFetch.ForEachParentAsync(
            tasks,
            (taskId, ct) => context.Client.TaskHistory.ListAsync(taskId, ct).Select(entry =>
            {
                if (entry.FileIds is { Count: > 0 })
                {
                    withFiles.TryAdd(entry.Id, 0);
                }

                return new ChildRecord<TaskHistoryMessage>(taskId, entry);
            }),
            context.ChildConcurrency,
            context.Progress,
            context.ChildReads,
            taskId => taskId,
            context.Pause,
            cancellationToken))
        {
            yield return entry;
        }
    }

    /// <summary>Open tasks' history first, as on the bills: what people work on is complete soonest.</summary>
    private static async Task<List<int>> OpenFirstAsync(PullContext context, IReadOnlyCollection<int> taskIds, CancellationToken cancellationToken)
    {
        var ids = taskIds.ToArray();
        var closed = (await context.Db.Tasks.AsNoTracking()
            .Where(t => t.BuildiumTaskId != null && ids.Contains(t.BuildiumTaskId.Value)
                && (t.Status == TaskStatuses.Completed || t.Status == TaskStatuses.Closed))
            .Select(t => t.BuildiumTaskId!.Value)
            .ToListAsync(cancellationToken)).ToHashSet();
        return [.. ids.OrderBy(closed.Contains).ThenBy(id => id)];
    }

    /// <summary>Files hang off history entries, whose task id the files endpoint needs too.</summary>
    private static async IAsyncEnumerable<ChildRecord<TaskHistoryFileMessage>> FilesOfChangedHistoryAsync(
        PullContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var withFiles = context.Items.TryGetValue(HistoryWithFiles, out var memo)
            ? (System.Collections.Concurrent.ConcurrentDictionary<int, byte>)memo
            : null;
        var due = context.ChangedIn(SyncEntityTypes.TaskHistory).ToArray();
        // Entries read in this run said whether they list files; entries due from an earlier run say it in their stored payload.
        var unknown = due.Where(id => withFiles is null || !withFiles.ContainsKey(id)).ToArray();
        var listed = unknown.Length == 0 ? [] : (await context.Db.Database.SqlQuery<int>($"""
            SELECT buildium_id AS "Value" FROM sync_records
            WHERE kind = {SyncEntityTypes.TaskHistory} AND buildium_id = ANY({unknown})
              AND jsonb_typeof(payload -> 'FileIds') = 'array' AND jsonb_array_length(payload -> 'FileIds') > 0
            """).ToListAsync(cancellationToken)).ToHashSet();
        var changed = due.Where(id => withFiles?.ContainsKey(id) == true || listed.Contains(id)).ToArray();
        // An entry that lists no file has nothing to read: it is done as it stands.
        foreach (var none in due.Except(changed))
        {
            context.ChildReads?.ParentDone(none, 0);
        }

        var entries = await context.Db.TaskHistory.AsNoTracking()
            .Where(h => h.BuildiumHistoryId != null && changed.Contains(h.BuildiumHistoryId.Value) && h.Task!.BuildiumTaskId != null)
            .Select(h => new { HistoryId = h.BuildiumHistoryId!.Value, TaskId = h.Task!.BuildiumTaskId!.Value })
            .OrderBy(h => h.HistoryId)
            .ToListAsync(cancellationToken);
        await foreach (var file in ChildFetch.ForEachParentAsync(
            entries,
            (entry, ct) => context.Client.TaskHistoryFiles.ListAsync(entry.TaskId, entry.HistoryId, ct)
                .Select(file => new ChildRecord<TaskHistoryFileMessage>(entry.HistoryId, file, entry.TaskId)),
            context.ChildConcurrency,
            context.Progress,
            context.ChildReads,
            entry => entry.HistoryId,
            context.Pause,
            cancellationToken))
        {
            yield return file;
        }
    }
}
