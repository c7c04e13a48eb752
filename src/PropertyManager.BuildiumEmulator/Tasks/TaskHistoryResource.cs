using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Tasks;

/// <summary>
/// /v1/tasks/{taskId}/history. There is no POST: entries come from task updates (a Message, or a status,
/// priority or assignee change). PUT edits only the Message.
/// </summary>
internal sealed class TaskHistoryResource(ResourceContext context) : ResourceKind<TaskHistoryMessage>(context), IEndpointModule
{
    public const string BasePath = "/v1/tasks/{taskId:int}/history";

    public override string Name => "taskhistory";

    public override string NotFoundMessage => "No task history found with the id.";

    public override RecordStore<TaskHistoryMessage> Store => Data.TaskHistory;

    protected override string WebhookEntity => "Task.History";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<TaskHistoryMessage>
        {
            Kind = this,
            Parent = new ParentRoute("taskId", (_, id) => Data.Tasks.Find(id) is not null, "No task found with the id."),
        };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapUpdate<TaskHistoryMessage, TaskHistoryPutMessage>($"{BasePath}/{ResourceEndpoints.IdRoute}", view, (existing, body, _) =>
        {
            var entry = ShallowCopy(existing.Value);
            entry.Message = body.Message;
            entry.LastUpdatedByUser = StaffDirectory.HistoryUser(StaffDirectory.ApiUserId);
            return entry;
        });
    }

    /// <summary>Adds an entry for a task's current state, written by the API user.</summary>
    public StoredRecord<TaskHistoryMessage> Record(TaskRecord task, string? message) => Add(
        new TaskHistoryMessage
        {
            Priority = task.Priority,
            TaskStatus = task.TaskStatus,
            AssignedToUserId = task.AssignedToUserId ?? 0,
            DueDate = task.DueDate,
            Message = message,
            SharedWith = [],
            FileIds = [],
            CreatedByUser = StaffDirectory.HistoryUser(StaffDirectory.ApiUserId),
            LastUpdatedByUser = StaffDirectory.HistoryUser(StaffDirectory.ApiUserId),
        },
        task.Id!.Value);

    /// <summary>Adds or removes a file id on an entry (uploads and deletes change FileIds, firing Task.History.Updated).</summary>
    public void ChangeFiles(int historyId, Func<List<int>, List<int>> change)
    {
        if (Store.Find(historyId) is { } record)
        {
            var entry = ShallowCopy(record.Value);
            entry.FileIds = change([.. record.Value.FileIds ?? []]);
            Replace(historyId, entry);
        }
    }

    protected override void Stamp(TaskHistoryMessage value, DateTime utcNow, bool created)
    {
        if (created)
        {
            value.CreatedDateTIme = utcNow;
        }

        value.LastUpdatedDateTime = utcNow;
    }

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<TaskHistoryMessage> record) =>
        webhookEvent.With("TaskId", record.ParentId).With("TaskHistoryId", record.Id);
}
