using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Vendors;

/// <summary>Vendor categories (cached reference data): <c>/v1/vendors/categories</c>.</summary>
public sealed class VendorCategoriesClient
{
    private const string Path = "v1/vendors/categories";

    private readonly BuildiumTransport _transport;

    internal VendorCategoriesClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every record matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<VendorCategoryMessage> ListAsync(CancellationToken cancellationToken = default) =>
        _transport.ListAsync<VendorCategoryMessage>(Path, null, cancellationToken);

    public Task<VendorCategoryMessage> GetAsync(int vendorCategoryId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<VendorCategoryMessage>($"{Path}/{vendorCategoryId}", cancellationToken);

    /// <summary>Creates the record. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.</summary>
    public Task<VendorCategoryMessage> CreateAsync(VendorCategorySaveMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<VendorCategorySaveMessage, VendorCategoryMessage>(Path, message, cancellationToken);

    /// <summary>Full replace: Buildium blanks every field the message leaves out. Prefer <see cref="UpdateAsync"/>.</summary>
    public Task<VendorCategoryMessage> ReplaceAsync(int vendorCategoryId, VendorCategorySaveMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<VendorCategorySaveMessage, VendorCategoryMessage>($"{Path}/{vendorCategoryId}", message, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT; untouched fields keep their values.</summary>
    public Task<VendorCategoryMessage> UpdateAsync(int vendorCategoryId, Action<VendorCategorySaveMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<VendorCategoryMessage, VendorCategorySaveMessage>($"{Path}/{vendorCategoryId}", VendorMapping.ToPutMessage, change, cancellationToken);
}
