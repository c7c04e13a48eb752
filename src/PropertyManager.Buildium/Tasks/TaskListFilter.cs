using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Tasks;

/// <summary>Filters of <c>GET /v1/tasks</c>; <c>lastupdatedfrom/to</c> are dates only, so re-read from the previous day.</summary>
public sealed class TaskListFilter : IBuildiumListFilter
{
    public AssociatedEntityType? EntityType { get; init; }

    public int? EntityId { get; init; }

    public IReadOnlyCollection<BuildiumTaskStatus>? Statuses { get; init; }

    public TaskType? Type { get; init; }

    public int? UnitId { get; init; }

    public int? UnitAgreementId { get; init; }

    public DateOnly? LastUpdatedFrom { get; init; }

    public DateOnly? LastUpdatedTo { get; init; }

    public DateOnly? DueDateFrom { get; init; }

    public DateOnly? DueDateTo { get; init; }

    public int? TaskCategoryId { get; init; }

    public IReadOnlyCollection<TaskPriority>? Priorities { get; init; }

    public int? AssignedToId { get; init; }

    public string? TaskTitle { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .Add("entitytype", EntityType)
            .Add("entityid", EntityId)
            .AddMany("statuses", Statuses)
            .Add("type", Type)
            .Add("unitid", UnitId)
            .Add("unitagreementid", UnitAgreementId)
            .AddDate("lastupdatedfrom", LastUpdatedFrom)
            .AddDate("lastupdatedto", LastUpdatedTo)
            .AddDate("duedatefrom", DueDateFrom)
            .AddDate("duedateto", DueDateTo)
            .Add("taskcategoryid", TaskCategoryId)
            .AddMany("priorities", Priorities)
            .Add("assignedtoid", AssignedToId)
            .Add("tasktitle", TaskTitle);
    }
}
