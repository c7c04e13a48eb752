using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Tasks;

/// <summary>
/// History entries of any task type: <c>/v1/tasks/{taskId}/history</c>. There is no POST; an entry is
/// created by updating the task with a <c>Message</c> or a status, priority or assignee change.
/// </summary>
public sealed class TaskHistoryClient
{
    private readonly BuildiumTransport _transport;

    internal TaskHistoryClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    public IAsyncEnumerable<TaskHistoryMessage> ListAsync(int taskId, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<TaskHistoryMessage>($"v1/tasks/{taskId}/history", null, cancellationToken);

    public Task<TaskHistoryMessage> GetAsync(int taskId, int taskHistoryId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<TaskHistoryMessage>($"v1/tasks/{taskId}/history/{taskHistoryId}", cancellationToken);

    /// <summary>Replaces the entry's message (the only writable field).</summary>
    public Task<TaskHistoryMessage> ReplaceAsync(int taskId, int taskHistoryId, TaskHistoryPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<TaskHistoryPutMessage, TaskHistoryMessage>($"v1/tasks/{taskId}/history/{taskHistoryId}", message, cancellationToken);

    public Task<TaskHistoryMessage> UpdateAsync(int taskId, int taskHistoryId, Action<TaskHistoryPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<TaskHistoryMessage, TaskHistoryPutMessage>(
            $"v1/tasks/{taskId}/history/{taskHistoryId}", TaskMapping.ToPutMessage, change, cancellationToken);
}
