using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Tasks;
using PropertyManager.Buildium.WorkOrders;
using PropertyManager.Data.Common;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Sync.Mapping;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Maintenance;

/// <summary>
/// Work order (<see cref="WorkOrderMessage"/>) ↔ <see cref="WorkOrder"/> (table <c>work_orders</c>).
/// <list type="bullet">
/// <item><c>Title</c> (else <c>Task.Title</c>) → <c>subject</c>, <c>WorkDetails</c> → <c>description</c>,
/// <c>Priority</c>/<c>Status</c> (else the task's; Buildium's <c>Unknown</c> is stored as null), <c>DueDate</c> (else the
/// task's) → <c>scheduled_date</c> at 00:00 UTC, <c>Amount</c> (the line items' total) → <c>actual_cost</c>.</item>
/// <item>Parents: the task, the unit (<c>Task.UnitId</c>) and the vendor. The message has no property id: the engine
/// takes it from the unit, or from the task. The table has no vendor column, so the vendor lives only in Buildium
/// (a PUT keeps it).</item>
/// <item><c>notes</c> stays local (Buildium's <c>VendorNotes</c>/<c>EntryNotes</c> are shown to the vendor);
/// <c>assigned_to</c>, <c>category</c>, <c>estimated_cost</c>, <c>completed_date</c> have no work-order field.</item>
/// </list>
/// </summary>
public static class WorkOrderMapper
{
    /// <summary>
    /// The work order PUT has no priority, status or due date (they belong to the task), and the amount is the sum
    /// of the line items.
    /// </summary>
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<WorkOrder>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<WorkOrder>();

    public static void ToLocal(WorkOrderMessage source, WorkOrder target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumWorkOrderId = source.Id;
        target.Subject = NullIfBlank(source.Title) ?? source.Task?.Title;
        target.Description = source.WorkDetails;
        target.Priority = Known(Name(source.Priority)) ?? Name(source.Task?.Priority);
        target.Status = Known(Name(source.Status)) ?? Name(source.Task?.Status);
        target.ScheduledDate = ToUtcMidnight(source.DueDate ?? source.Task?.DueDate);
        target.ActualCost = source.Amount;
        ColumnLengths.Fit(target);
    }

    public static BuildiumParents Parents(WorkOrderMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BuildiumParents
        {
            TaskId = BuildiumParents.Id(source.Task?.Id),
            UnitId = BuildiumParents.Id(source.Task?.UnitId),
            VendorId = BuildiumParents.Id(source.VendorId),
        };
    }

    /// <summary>
    /// The create message. With <paramref name="taskBuildiumId"/> the work order joins that task; otherwise a task
    /// is created from the subject, due date, priority (default <c>Normal</c>), status (default <c>New</c>), property,
    /// unit and assignee (<c>assigned_to</c> as a staff user id, else <paramref name="defaultAssigneeUserId"/>).
    /// </summary>
    public static WorkOrderPostMessage ToPost(
        WorkOrder source, int vendorBuildiumId, int? propertyBuildiumId = null, int? unitBuildiumId = null,
        int? taskBuildiumId = null, int? defaultAssigneeUserId = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new WorkOrderPostMessage
        {
            Title = source.Subject,
            WorkDetails = source.Description,
            EntryAllowed = new BuildiumEnumValue<EntryAllowed>(EntryAllowed.Unknown),
            VendorId = vendorBuildiumId,
            TaskId = taskBuildiumId,
            Task = taskBuildiumId is not null ? null : new WorkOrderTaskPostMessage
            {
                Title = source.Subject ?? string.Empty,
                DueDate = ToUtcDate(source.ScheduledDate),
                Priority = ToEnum(Known(source.Priority), TaskPriority.Normal),
                Status = ToEnum(Known(source.Status), BuildiumTaskStatus.New),
                PropertyId = propertyBuildiumId,
                UnitId = unitBuildiumId,
                AssignedToUserId = ParseUserId(source.AssignedTo) ?? defaultAssigneeUserId
                    ?? throw new InvalidOperationException($"Work order {source.Id} has no Buildium user to assign its new task to."),
            },
        };
    }

    /// <summary>Copies subject and description onto a PUT built from the current work order (vendor, line items... kept).</summary>
    public static void ApplyTo(WorkOrder source, WorkOrderPutMessage target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.Title = source.Subject;
        target.WorkDetails = source.Description;
    }

    private static string? Known(string? name) => name == nameof(WorkOrderStatus.Unknown) ? null : name;
}
