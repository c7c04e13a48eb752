using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Tasks;
using PropertyManager.Data.Common;
using PropertyManager.Data.Tasks;
using PropertyManager.Sync.Mapping;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Maintenance;

/// <summary>
/// Task of any type (<see cref="AllTasksMessage"/> from <c>/v1/tasks</c>, or a per-type message) ↔
/// <see cref="MaintenanceTask"/> (table <c>tasks</c>).
/// <list type="bullet">
/// <item><c>Title</c> → <c>subject</c>, <c>Description</c>, <c>Priority</c>, <c>TaskStatus</c> → <c>status</c> (names),
/// <c>AssignedToUserId</c> → <c>assigned_to</c> as text (a Buildium staff user id), <c>DueDate</c> →
/// <c>scheduled_date</c> at 00:00 UTC, <c>Category.Name</c> → <c>category</c> (tasks reference categories by name).</item>
/// <item>Parents: the property (only when <c>Property.Type</c> is <c>Rental</c>; association tasks have none) and the unit.</item>
/// <item>Costs, <c>completed_date</c> and <c>notes</c> have no Buildium field on tasks. The task table has no
/// <c>buildium_*_at</c> columns, so <c>CreatedDateTime</c>/<c>LastUpdatedDateTime</c> are not stored.</item>
/// <item>Push: local tasks are created as To-Do tasks. Updates go to the task's own type endpoint (the engine learns
/// the type from <c>AllTasksMessage.TaskType</c>: the table has no column for it).</item>
/// </list>
/// </summary>
public static class MaintenanceTaskMapper
{
    /// <summary>Only a task's POST has <c>Description</c>; a PUT's <c>Message</c> adds a history entry instead.</summary>
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<MaintenanceTask>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<MaintenanceTask>();

    public static void ToLocal(AllTasksMessage source, MaintenanceTask target)
    {
        ArgumentNullException.ThrowIfNull(source);
        Copy(target, source.Id, source.Title, source.Description, source.Priority, source.TaskStatus, source.AssignedToUserId, source.DueDate, source.Category);
    }

    public static void ToLocal(ToDoTaskMessage source, MaintenanceTask target)
    {
        ArgumentNullException.ThrowIfNull(source);
        Copy(target, source.Id, source.Title, source.Description, source.Priority, source.TaskStatus, source.AssignedToUserId, source.DueDate, source.Category);
    }

    public static void ToLocal(ResidentRequestTaskMessage source, MaintenanceTask target)
    {
        ArgumentNullException.ThrowIfNull(source);
        Copy(target, source.Id, source.Title, source.Description, source.Priority, source.TaskStatus, source.AssignedToUserId, source.DueDate, source.Category);
    }

    public static void ToLocal(ContactRequestTaskMessage source, MaintenanceTask target)
    {
        ArgumentNullException.ThrowIfNull(source);
        Copy(target, source.Id, source.Title, source.Description, source.Priority, source.TaskStatus, source.AssignedToUserId, source.DueDate, source.Category);
    }

    public static void ToLocal(RentalOwnerRequestTaskMessage source, MaintenanceTask target)
    {
        ArgumentNullException.ThrowIfNull(source);
        Copy(target, source.Id, source.Title, source.Description, source.Priority, source.TaskStatus, source.AssignedToUserId, source.DueDate, source.Category);
    }

    public static BuildiumParents Parents(AllTasksMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parents(source.Property, source.UnitId);
    }

    public static BuildiumParents Parents(ToDoTaskMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parents(source.Property, source.UnitId);
    }

    public static BuildiumParents Parents(ResidentRequestTaskMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parents(source.Property, source.UnitId);
    }

    public static BuildiumParents Parents(ContactRequestTaskMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parents(source.Property, source.UnitId);
    }

    public static BuildiumParents Parents(RentalOwnerRequestTaskMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parents(source.Property, source.UnitId);
    }

    /// <summary>
    /// The To-Do create message. Buildium requires an assignee: <c>assigned_to</c> must hold a staff user id, else
    /// pass <paramref name="defaultAssigneeUserId"/>. A missing status is <c>New</c>, a missing priority <c>Normal</c>.
    /// </summary>
    public static ToDoTaskPostMessage ToPost(
        MaintenanceTask source, int? propertyBuildiumId, int? unitBuildiumId, int? categoryBuildiumId, int? defaultAssigneeUserId = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new ToDoTaskPostMessage
        {
            Title = source.Subject ?? string.Empty,
            Description = source.Description,
            CategoryId = categoryBuildiumId,
            PropertyId = propertyBuildiumId,
            UnitId = unitBuildiumId,
            AssignedToUserId = ParseUserId(source.AssignedTo) ?? defaultAssigneeUserId
                ?? throw new InvalidOperationException($"Task {source.Id} is not assigned to a Buildium user id, which a To-Do task requires."),
            TaskStatus = ToEnum(source.Status, BuildiumTaskStatus.New),
            Priority = ToEnum(source.Priority, TaskPriority.Normal),
            DueDate = ToUtcDate(source.ScheduledDate),
        };
    }

    /// <summary>Copies the editable columns onto a To-Do PUT built from the current task; ids passed as null are kept.</summary>
    public static void ApplyTo(MaintenanceTask source, ToDoTaskPutMessage target, int? propertyBuildiumId = null, int? unitBuildiumId = null, int? categoryBuildiumId = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.Title = source.Subject ?? target.Title;
        target.TaskStatus = ToEnum(source.Status, target.TaskStatus.Known ?? BuildiumTaskStatus.New);
        target.Priority = ToEnum(source.Priority, target.Priority.Known ?? TaskPriority.Normal);
        target.AssignedToUserId = ParseUserId(source.AssignedTo) ?? target.AssignedToUserId;
        target.DueDate = ToUtcDate(source.ScheduledDate);
        target.CategoryId = categoryBuildiumId ?? target.CategoryId;
        target.PropertyId = propertyBuildiumId ?? target.PropertyId;
        target.UnitId = unitBuildiumId ?? target.UnitId;
    }

    /// <summary>Resident requests stay attached to their lease: property and unit cannot change.</summary>
    public static void ApplyTo(MaintenanceTask source, ResidentRequestTaskPutMessage target, int? categoryBuildiumId = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.Title = source.Subject ?? target.Title;
        target.TaskStatus = ToEnum(source.Status, target.TaskStatus.Known ?? BuildiumTaskStatus.New);
        target.Priority = ToEnum(source.Priority, target.Priority.Known ?? TaskPriority.Normal);
        target.AssignedToUserId = ParseUserId(source.AssignedTo) ?? target.AssignedToUserId;
        target.DueDate = ToUtcDate(source.ScheduledDate);
        target.CategoryId = categoryBuildiumId ?? target.CategoryId;
    }

    public static void ApplyTo(MaintenanceTask source, ContactRequestTaskPutMessage target, int? propertyBuildiumId = null, int? unitBuildiumId = null, int? categoryBuildiumId = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.Title = source.Subject ?? target.Title;
        target.TaskStatus = ToEnum(source.Status, target.TaskStatus.Known ?? BuildiumTaskStatus.New);
        target.Priority = ToEnum(source.Priority, target.Priority.Known ?? TaskPriority.Normal);
        target.AssignedToUserId = ParseUserId(source.AssignedTo) ?? target.AssignedToUserId;
        target.DueDate = ToUtcDate(source.ScheduledDate);
        target.CategoryId = categoryBuildiumId ?? target.CategoryId;
        target.PropertyId = propertyBuildiumId ?? target.PropertyId;
        target.UnitId = unitBuildiumId ?? target.UnitId;
    }

    public static void ApplyTo(MaintenanceTask source, RentalOwnerRequestTaskPutMessage target, int? propertyBuildiumId = null, int? unitBuildiumId = null, int? categoryBuildiumId = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.Title = source.Subject ?? target.Title;
        target.TaskStatus = ToEnum(source.Status, target.TaskStatus.Known ?? BuildiumTaskStatus.New);
        target.Priority = ToEnum(source.Priority, target.Priority.Known ?? TaskPriority.Normal);
        target.AssignedToUserId = ParseUserId(source.AssignedTo) ?? target.AssignedToUserId;
        target.DueDate = ToUtcDate(source.ScheduledDate);
        target.CategoryId = categoryBuildiumId ?? target.CategoryId;
        target.PropertyId = propertyBuildiumId ?? target.PropertyId;
        target.UnitId = unitBuildiumId ?? target.UnitId;
    }

    private static void Copy(
        MaintenanceTask target, int id, string? title, string? description, BuildiumEnumValue<TaskPriority> priority,
        BuildiumEnumValue<BuildiumTaskStatus> status, int? assignedToUserId, DateOnly? dueDate, TaskCategoryResponseMessage? category)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumTaskId = id;
        target.Subject = title;
        target.Description = description;
        target.Priority = Name(priority);
        target.Status = Name(status);
        target.AssignedTo = UserIdText(assignedToUserId);
        target.ScheduledDate = ToUtcMidnight(dueDate);
        target.Category = NullIfBlank(category?.Name);
        ColumnLengths.Fit(target);
    }

    private static BuildiumParents Parents(PropertyMessage? property, int? unitId) => new()
    {
        PropertyId = property is not null && property.Type.Is(TaskPropertyType.Rental) ? BuildiumParents.Id(property.Id) : null,
        UnitId = BuildiumParents.Id(unitId),
    };
}
