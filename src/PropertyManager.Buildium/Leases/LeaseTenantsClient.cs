using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Leases;

/// <summary>Lease tenants: <c>/v1/leases/tenants</c>.</summary>
public sealed class LeaseTenantsClient
{
    private const string Path = "v1/leases/tenants";

    private readonly BuildiumTransport _transport;

    internal LeaseTenantsClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every tenant matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<TenantMessage> ListAsync(TenantListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<TenantMessage>(Path, filter, cancellationToken);

    public Task<TenantMessage> GetAsync(int tenantId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<TenantMessage>($"{Path}/{tenantId}", cancellationToken);

    /// <summary>Adds a new tenant to the message's lease. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.</summary>
    public Task<TenantMessage> CreateAsync(RentalTenantPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<RentalTenantPostMessage, TenantMessage>(Path, message, cancellationToken);

    /// <summary>Full replace: Buildium blanks every field the message leaves out. Prefer <see cref="UpdateAsync"/>.</summary>
    public Task<TenantMessage> ReplaceAsync(int tenantId, RentalTenantPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<RentalTenantPutMessage, TenantMessage>($"{Path}/{tenantId}", message, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT; untouched fields keep their values (see <see cref="TenantMapping"/> for the masked tax id).</summary>
    public Task<TenantMessage> UpdateAsync(int tenantId, Action<RentalTenantPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<TenantMessage, RentalTenantPutMessage>($"{Path}/{tenantId}", TenantMapping.ToPutMessage, change, cancellationToken);
}
