using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Units;

/// <summary>Rental units: <c>/v1/rentals/units</c>.</summary>
public sealed class RentalUnitsClient
{
    private const string Path = "v1/rentals/units";

    private readonly BuildiumTransport _transport;

    internal RentalUnitsClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every record matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<RentalUnitMessage> ListAsync(RentalUnitListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<RentalUnitMessage>(Path, filter, cancellationToken);

    public Task<RentalUnitMessage> GetAsync(int unitId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<RentalUnitMessage>($"{Path}/{unitId}", cancellationToken);

    /// <summary>Creates the record. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.</summary>
    public Task<RentalUnitMessage> CreateAsync(RentalUnitsPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<RentalUnitsPostMessage, RentalUnitMessage>(Path, message, cancellationToken);

    /// <summary>Full replace: Buildium blanks every field the message leaves out. Prefer <see cref="UpdateAsync"/>.</summary>
    public Task<RentalUnitMessage> ReplaceAsync(int unitId, RentalUnitPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<RentalUnitPutMessage, RentalUnitMessage>($"{Path}/{unitId}", message, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT; untouched fields keep their values.</summary>
    public Task<RentalUnitMessage> UpdateAsync(int unitId, Action<RentalUnitPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<RentalUnitMessage, RentalUnitPutMessage>($"{Path}/{unitId}", RentalUnitMapping.ToPutMessage, change, cancellationToken);
}
