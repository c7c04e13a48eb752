using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Tasks;

/// <summary>
/// Tasks of all four types in one store. /v1/tasks is the read-only generic view; the per-type endpoints
/// (resident, to-do, contact, rental-owner requests) are views over the same records.
/// </summary>
internal sealed class TasksResource(ResourceContext context) : ResourceKind<TaskRecord>(context), IEndpointModule
{
    public override string Name => "tasks";

    public override string NotFoundMessage => "No task found with the id.";

    public override RecordStore<TaskRecord> Store => Data.Tasks;

    protected override string WebhookEntity => "Task";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<TaskRecord>
        {
            Kind = this,
            Filters = [.. Filters(), ListFilters.EnumEquals<TaskRecord>("type", BuildiumEnums.TaskType, t => t.TaskType)],
        };
        app.MapList("/v1/tasks", view);
        app.MapGetById($"/v1/tasks/{ResourceEndpoints.IdRoute}", view);
    }

    public override object ToResponse(StoredRecord<TaskRecord> record) => TaskProjections.ToAllTasks(record.Value);

    /// <summary>A view of one task type, with the filters every task list takes (all but "type").</summary>
    public ResourceView<TaskRecord> ViewOf(string taskType, Func<TaskRecord, object> projection, string notFoundMessage) => new()
    {
        Kind = this,
        Scope = t => t.Value.TaskType == taskType,
        Projection = r => projection(r.Value),
        Filters = Filters(),
        NotFoundMessage = notFoundMessage,
    };

    public static TaskRecord Copy(TaskRecord task) => ShallowCopy(task);

    protected override void Stamp(TaskRecord value, DateTime utcNow, bool created)
    {
        if (created)
        {
            value.CreatedDateTime = utcNow;
        }

        value.LastUpdatedDateTime = utcNow;
    }

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<TaskRecord> record) =>
        webhookEvent.With("TaskId", record.Id).With("TaskType", record.Value.TaskType ?? "Todo");

    private List<ListFilter<TaskRecord>> Filters() =>
    [
        Entity,
        ListFilters.EnumIn<TaskRecord>("statuses", BuildiumEnums.TaskStatus, t => t.TaskStatus),
        ListFilters.IntEquals<TaskRecord>("unitid", t => t.UnitId),
        ListFilters.IntEquals<TaskRecord>("unitagreementid", t => t.UnitAgreement?.Id),
        ListFilters.LastUpdated<TaskRecord>(TimestampPrecision.Day),
        ListFilters.DateRange<TaskRecord>("duedatefrom", "duedateto", t => t.DueDate),
        ListFilters.IntEquals<TaskRecord>("taskcategoryid", t => t.Category?.Id),
        ListFilters.EnumIn<TaskRecord>("priorities", BuildiumEnums.Priority, t => t.Priority),
        ListFilters.IntEquals<TaskRecord>("assignedtoid", t => t.AssignedToUserId),
        ListFilters.Contains<TaskRecord>("tasktitle", t => [t.Title]),
    ];

    private Func<StoredRecord<TaskRecord>, bool>? Entity(IQueryCollection query)
    {
        var entityId = QueryReader.Int(query, "entityid");
        var entityType = QueryReader.Enum(query, "entitytype", ["Rental", "RentalOwner", "Association"]);
        if (entityId is not { } id)
        {
            return null;
        }

        return entityType switch
        {
            null => throw BuildiumApiException.BadRequest("entitytype", "The entitytype parameter is required when entityid is given."),
            "RentalOwner" => OwnedBy(id),
            _ => t => t.Value.Property?.Id == id && t.Value.Property.Type == entityType,
        };
    }

    private Func<StoredRecord<TaskRecord>, bool> OwnedBy(int ownerId)
    {
        var propertyIds = Data.Owners.Find(ownerId)?.Value.PropertyIds?.ToHashSet() ?? [];
        return t => (t.Value.RequestedByUserEntity is { Type: "RentalOwner" } requester && requester.Id == ownerId)
            || (t.Value.Property?.Id is { } propertyId && propertyIds.Contains(propertyId));
    }
}
