using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Rent schedules: <c>/v1/leases/rent</c> (every lease's, in one list) and <c>/v1/leases/{leaseId}/rent</c>.</summary>
public sealed class LeaseRentClient
{
    private readonly BuildiumTransport _transport;

    internal LeaseRentClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every lease's rent schedules matching the filter, page by page: one call per page, not per lease.</summary>
    public IAsyncEnumerable<RentMessage> ListAllAsync(RentListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<RentMessage>("v1/leases/rent", filter, cancellationToken);

    public IAsyncEnumerable<LeaseRentMessage> ListAsync(int leaseId, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<LeaseRentMessage>(PathOf(leaseId), null, cancellationToken);

    public Task<LeaseRentMessage> GetAsync(int leaseId, int rentId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<LeaseRentMessage>($"{PathOf(leaseId)}/{rentId}", cancellationToken);

    /// <summary>Adds a schedule (the one before it ends the day before). A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.</summary>
    public Task<LeaseRentMessage> CreateAsync(int leaseId, RentSchedulePostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<RentSchedulePostMessage, LeaseRentMessage>(PathOf(leaseId), message, cancellationToken);

    /// <summary>Full replace: the charges become exactly the message's. Prefer <see cref="UpdateAsync"/>.</summary>
    public Task<LeaseRentMessage> ReplaceAsync(int leaseId, int rentId, RentSchedulePutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<RentSchedulePutMessage, LeaseRentMessage>($"{PathOf(leaseId)}/{rentId}", message, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT; untouched charges keep their values.</summary>
    public Task<LeaseRentMessage> UpdateAsync(int leaseId, int rentId, Action<RentSchedulePutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<LeaseRentMessage, RentSchedulePutMessage>($"{PathOf(leaseId)}/{rentId}", RentMapping.ToPutMessage, change, cancellationToken);

    private static string PathOf(int leaseId) => $"v1/leases/{leaseId}/rent";
}
