using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>A lease's ledger: <c>/v1/leases/{leaseId}/transactions</c>, <c>/payments</c> and <c>/charges</c>.</summary>
public sealed class LeaseTransactionsClient
{
    private readonly BuildiumTransport _transport;

    internal LeaseTransactionsClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    public IAsyncEnumerable<LeaseTransactionMessage> ListAsync(int leaseId, LeaseTransactionListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<LeaseTransactionMessage>($"{PathOf(leaseId)}/transactions", filter, cancellationToken);

    public Task<LeaseTransactionMessage> GetAsync(int leaseId, int transactionId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<LeaseTransactionMessage>($"{PathOf(leaseId)}/transactions/{transactionId}", cancellationToken);

    /// <summary>Receives a payment on the lease. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying (a retry could take the money twice).</summary>
    public Task<LeaseTransactionMessage> CreatePaymentAsync(int leaseId, LeaseLedgerPaymentPostMessage payment, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<LeaseLedgerPaymentPostMessage, LeaseTransactionMessage>($"{PathOf(leaseId)}/payments", payment, cancellationToken);

    public IAsyncEnumerable<LeaseChargeMessage> ListChargesAsync(int leaseId, LeaseChargeListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<LeaseChargeMessage>($"{PathOf(leaseId)}/charges", filter, cancellationToken);

    public Task<LeaseChargeMessage> GetChargeAsync(int leaseId, int chargeId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<LeaseChargeMessage>($"{PathOf(leaseId)}/charges/{chargeId}", cancellationToken);

    /// <summary>Posts a charge; Buildium answers with the transactions it created. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/>.</summary>
    public Task<List<LeaseTransactionMessage>> CreateChargeAsync(int leaseId, LeaseChargePostMessage charge, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<LeaseChargePostMessage, List<LeaseTransactionMessage>>($"{PathOf(leaseId)}/charges", charge, cancellationToken);

    /// <summary>Full replace: the lines become exactly the message's and an omitted memo is blanked. Prefer <see cref="UpdateChargeAsync"/>.</summary>
    public Task<LeaseTransactionMessage> ReplaceChargeAsync(int leaseId, int chargeId, LeaseChargePutMessage charge, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<LeaseChargePutMessage, LeaseTransactionMessage>($"{PathOf(leaseId)}/charges/{chargeId}", charge, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT.</summary>
    public async Task<LeaseTransactionMessage> UpdateChargeAsync(int leaseId, int chargeId, Action<LeaseChargePutMessage> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);

        // The read (LeaseChargeMessage) and the PUT's answer (LeaseTransactionMessage) differ, so the generic update does not fit.
        var current = await GetChargeAsync(leaseId, chargeId, cancellationToken).ConfigureAwait(false);
        var message = current.ToPutMessage();
        change(message);
        return await ReplaceChargeAsync(leaseId, chargeId, message, cancellationToken).ConfigureAwait(false);
    }

    private static string PathOf(int leaseId) => $"v1/leases/{leaseId}";
}
