using PropertyManager.Buildium.Tasks;
using PropertyManager.Data.Common;
using PropertyManager.Data.Tasks;
using PropertyManager.Sync.Mapping;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Maintenance;

/// <summary>
/// Task history entry (<see cref="TaskHistoryMessage"/>) ↔ <see cref="TaskHistory"/> (table <c>task_history</c>).
/// <c>TaskStatus</c> → <c>status</c>, <c>Message</c> → <c>notes</c>, <c>AssignedToUserId</c> → <c>assigned_to</c> (text);
/// an entry that records the status <c>Completed</c> sets <c>completed_date</c> to its <c>CreatedDateTIme</c> (the
/// moment the task was completed). The table has no <c>buildium_*_at</c>, so the timestamps are not stored otherwise.
/// The history message carries no task id: the engine fetched it from <c>/v1/tasks/{taskId}/history</c> and sets
/// <c>task_id</c> from that id, so <see cref="Parents"/> is empty. Buildium can only change an entry's message (PUT);
/// entries are created by a task PUT, never posted.
/// </summary>
public static class TaskHistoryMapper
{
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<TaskHistory>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<TaskHistory>();

    public static void ToLocal(TaskHistoryMessage source, TaskHistory target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumHistoryId = source.Id;
        target.Status = Name(source.TaskStatus);
        target.Notes = source.Message;
        target.AssignedTo = UserIdText(source.AssignedToUserId);
        target.CompletedDate = source.TaskStatus.Is(BuildiumTaskStatus.Completed) && source.CreatedDateTime != default
            ? source.CreatedDateTime
            : null;
        ColumnLengths.Fit(target);
    }

    /// <summary>Always <see cref="BuildiumParents.None"/> (see the class remarks).</summary>
    public static BuildiumParents Parents(TaskHistoryMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return BuildiumParents.None;
    }

    public static void ApplyTo(TaskHistory source, TaskHistoryPutMessage target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.Message = source.Notes ?? string.Empty;
    }
}
