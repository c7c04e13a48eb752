using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Rentals;

/// <summary>Rental properties: <c>/v1/rentals</c>.</summary>
public sealed class RentalsClient
{
    private const string Path = "v1/rentals";

    private readonly BuildiumTransport _transport;

    internal RentalsClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every record matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<RentalMessage> ListAsync(RentalListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<RentalMessage>(Path, filter, cancellationToken);

    public Task<RentalMessage> GetAsync(int propertyId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<RentalMessage>($"{Path}/{propertyId}", cancellationToken);

    /// <summary>Creates the record. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.</summary>
    public Task<RentalMessage> CreateAsync(RentalPropertyPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<RentalPropertyPostMessage, RentalMessage>(Path, message, cancellationToken);

    /// <summary>Full replace: Buildium blanks every field the message leaves out. Prefer <see cref="UpdateAsync"/>.</summary>
    public Task<RentalMessage> ReplaceAsync(int propertyId, RentalPropertyPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<RentalPropertyPutMessage, RentalMessage>($"{Path}/{propertyId}", message, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT; untouched fields keep their values.</summary>
    public Task<RentalMessage> UpdateAsync(int propertyId, Action<RentalPropertyPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<RentalMessage, RentalPropertyPutMessage>($"{Path}/{propertyId}", RentalMapping.ToPutMessage, change, cancellationToken);

    /// <summary>Inactivates the property; Buildium also inactivates its units and owners left without an active property.</summary>
    public Task InactivateAsync(int propertyId, CancellationToken cancellationToken = default) =>
        _transport.SendWithoutContentAsync(HttpMethod.Post, $"{Path}/{propertyId}/inactivationrequest", cancellationToken);

    public Task ReactivateAsync(int propertyId, CancellationToken cancellationToken = default) =>
        _transport.SendWithoutContentAsync(HttpMethod.Post, $"{Path}/{propertyId}/reactivationrequest", cancellationToken);
}
