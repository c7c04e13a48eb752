using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Owners;

/// <summary>Rental owners: <c>/v1/rentals/owners</c>.</summary>
public sealed class RentalOwnersClient
{
    private const string Path = "v1/rentals/owners";

    private readonly BuildiumTransport _transport;

    internal RentalOwnersClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every record matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<RentalOwnerMessage> ListAsync(RentalOwnerListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<RentalOwnerMessage>(Path, filter, cancellationToken);

    public Task<RentalOwnerMessage> GetAsync(int rentalOwnerId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<RentalOwnerMessage>($"{Path}/{rentalOwnerId}", cancellationToken);

    /// <summary>Creates the record. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.</summary>
    public Task<RentalOwnerMessage> CreateAsync(RentalOwnerPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<RentalOwnerPostMessage, RentalOwnerMessage>(Path, message, cancellationToken);

    /// <summary>Full replace: Buildium blanks every field the message leaves out. Prefer <see cref="UpdateAsync"/>.</summary>
    public Task<RentalOwnerMessage> ReplaceAsync(int rentalOwnerId, RentalOwnerPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<RentalOwnerPutMessage, RentalOwnerMessage>($"{Path}/{rentalOwnerId}", message, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT; untouched fields keep their values.</summary>
    public Task<RentalOwnerMessage> UpdateAsync(int rentalOwnerId, Action<RentalOwnerPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<RentalOwnerMessage, RentalOwnerPutMessage>($"{Path}/{rentalOwnerId}", RentalOwnerMapping.ToPutMessage, change, cancellationToken);
}
