using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Vendors;

/// <summary>Vendors: <c>/v1/vendors</c>.</summary>
public sealed class VendorsClient
{
    private const string Path = "v1/vendors";

    private readonly BuildiumTransport _transport;

    internal VendorsClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every record matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<VendorMessage> ListAsync(VendorListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<VendorMessage>(Path, filter, cancellationToken);

    public Task<VendorMessage> GetAsync(int vendorId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<VendorMessage>($"{Path}/{vendorId}", cancellationToken);

    /// <summary>Creates the record. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.</summary>
    public Task<VendorMessage> CreateAsync(VendorPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<VendorPostMessage, VendorMessage>(Path, message, cancellationToken);

    /// <summary>Full replace: Buildium blanks every field the message leaves out. Prefer <see cref="UpdateAsync"/>.</summary>
    public Task<VendorMessage> ReplaceAsync(int vendorId, VendorPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<VendorPutMessage, VendorMessage>($"{Path}/{vendorId}", message, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT; untouched fields keep their values.</summary>
    public Task<VendorMessage> UpdateAsync(int vendorId, Action<VendorPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<VendorMessage, VendorPutMessage>($"{Path}/{vendorId}", VendorMapping.ToPutMessage, change, cancellationToken);
}
