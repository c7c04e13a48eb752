using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Work orders: <c>/v1/workorders</c>.</summary>
public sealed class WorkOrdersClient
{
    private const string Path = "v1/workorders";

    private readonly BuildiumTransport _transport;

    internal WorkOrdersClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every record matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<WorkOrderMessage> ListAsync(WorkOrderListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<WorkOrderMessage>(Path, filter, cancellationToken);

    public Task<WorkOrderMessage> GetAsync(int workOrderId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<WorkOrderMessage>($"{Path}/{workOrderId}", cancellationToken);

    /// <summary>Creates the record. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.</summary>
    public Task<WorkOrderMessage> CreateAsync(WorkOrderPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<WorkOrderPostMessage, WorkOrderMessage>(Path, message, cancellationToken);

    /// <summary>Full replace: Buildium blanks every field the message leaves out. Prefer <see cref="UpdateAsync"/>.</summary>
    public Task<WorkOrderMessage> ReplaceAsync(int workOrderId, WorkOrderPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<WorkOrderPutMessage, WorkOrderMessage>($"{Path}/{workOrderId}", message, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT; untouched fields keep their values.</summary>
    public Task<WorkOrderMessage> UpdateAsync(int workOrderId, Action<WorkOrderPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<WorkOrderMessage, WorkOrderPutMessage>($"{Path}/{workOrderId}", WorkOrderMapping.ToPutMessage, change, cancellationToken);
}
