using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Tasks;

/// <summary>Task categories (cached reference data): <c>/v1/tasks/categories</c>.</summary>
public sealed class TaskCategoriesClient
{
    private const string Path = "v1/tasks/categories";

    private readonly BuildiumTransport _transport;

    internal TaskCategoriesClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every record matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<TaskCategoryMessage> ListAsync(CancellationToken cancellationToken = default) =>
        _transport.ListAsync<TaskCategoryMessage>(Path, null, cancellationToken);

    public Task<TaskCategoryMessage> GetAsync(int taskCategoryId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<TaskCategoryMessage>($"{Path}/{taskCategoryId}", cancellationToken);

    /// <summary>Creates the record. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.</summary>
    public Task<TaskCategoryMessage> CreateAsync(TaskCategorySaveMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<TaskCategorySaveMessage, TaskCategoryMessage>(Path, message, cancellationToken);

    /// <summary>Full replace: Buildium blanks every field the message leaves out. Prefer <see cref="UpdateAsync"/>.</summary>
    public Task<TaskCategoryMessage> ReplaceAsync(int taskCategoryId, TaskCategoryPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<TaskCategoryPutMessage, TaskCategoryMessage>($"{Path}/{taskCategoryId}", message, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT; untouched fields keep their values.</summary>
    public Task<TaskCategoryMessage> UpdateAsync(int taskCategoryId, Action<TaskCategoryPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<TaskCategoryMessage, TaskCategoryPutMessage>($"{Path}/{taskCategoryId}", TaskMapping.ToPutMessage, change, cancellationToken);
}
