using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Leases;

/// <summary>Leases: <c>/v1/leases</c>.</summary>
public sealed class LeasesClient
{
    private const string Path = "v1/leases";

    private readonly BuildiumTransport _transport;

    internal LeasesClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every record matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<LeaseMessage> ListAsync(LeaseListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<LeaseMessage>(Path, filter, cancellationToken);

    public Task<LeaseMessage> GetAsync(int leaseId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<LeaseMessage>($"{Path}/{leaseId}", cancellationToken);

    /// <summary>Creates the record. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.</summary>
    public Task<LeaseMessage> CreateAsync(LeasePostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<LeasePostMessage, LeaseMessage>(Path, message, cancellationToken);

    /// <summary>
    /// Renews the lease: a new term from the day after its current end to <see cref="LeaseRenewalPostMessage.LeaseToDate"/>,
    /// with its rent schedule; the lease's end date moves with it. A timeout throws
    /// <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.
    /// </summary>
    public Task<LeaseRenewalMessage> RenewAsync(int leaseId, LeaseRenewalPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<LeaseRenewalPostMessage, LeaseRenewalMessage>($"{Path}/{leaseId}/renewals", message, cancellationToken);

    /// <summary>The lease's renewals, page by page.</summary>
    public IAsyncEnumerable<LeaseRenewalMessage> ListRenewalsAsync(int leaseId, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<LeaseRenewalMessage>($"{Path}/{leaseId}/renewals", null, cancellationToken);

    public Task<LeaseRenewalMessage> GetRenewalAsync(int leaseId, int renewalId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<LeaseRenewalMessage>($"{Path}/{leaseId}/renewals/{renewalId}", cancellationToken);

    /// <summary>Full replace: Buildium blanks every field the message leaves out. Prefer <see cref="UpdateAsync"/>.</summary>
    public Task<LeaseMessage> ReplaceAsync(int leaseId, LeasePutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<LeasePutMessage, LeaseMessage>($"{Path}/{leaseId}", message, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT; untouched fields keep their values.</summary>
    public Task<LeaseMessage> UpdateAsync(int leaseId, Action<LeasePutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<LeaseMessage, LeasePutMessage>($"{Path}/{leaseId}", LeaseMapping.ToPutMessage, change, cancellationToken);
}
