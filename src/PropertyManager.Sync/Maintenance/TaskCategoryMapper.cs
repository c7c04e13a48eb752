using PropertyManager.Buildium.Tasks;
using PropertyManager.Data.Common;
using PropertyManager.Data.Tasks;
using PropertyManager.Sync.Mapping;

namespace PropertyManager.Sync.Maintenance;

/// <summary>
/// Task category (<see cref="TaskCategoryMessage"/>) ↔ <see cref="TaskCategory"/> (table <c>task_categories</c>).
/// Buildium holds only the name (sub-categories cannot be managed through the API); <c>description</c>,
/// <c>color</c> and <c>is_active</c> are local. System categories cannot be renamed (<see cref="IsEditable"/>).
/// Tasks reference categories by name (<c>tasks.category</c>).
/// </summary>
public static class TaskCategoryMapper
{
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<TaskCategory>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<TaskCategory>();

    public static void ToLocal(TaskCategoryMessage source, TaskCategory target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumCategoryId = source.Id;
        target.Name = source.Name;
        ColumnLengths.Fit(target);
    }

    /// <summary>Always <see cref="BuildiumParents.None"/>.</summary>
    public static BuildiumParents Parents(TaskCategoryMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return BuildiumParents.None;
    }

    /// <summary>False for Buildium's system categories, which cannot be edited.</summary>
    public static bool IsEditable(TaskCategoryMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return !source.IsSystemCategory;
    }

    public static TaskCategorySaveMessage ToPost(TaskCategory source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new TaskCategorySaveMessage { Name = source.Name ?? string.Empty };
    }

    public static void ApplyTo(TaskCategory source, TaskCategoryPutMessage target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.Name = source.Name ?? string.Empty;
    }
}
