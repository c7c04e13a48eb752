using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Bills;

/// <summary>Bills and their payments: <c>/v1/bills</c>.</summary>
public sealed class BillsClient
{
    private const string Path = "v1/bills";

    private readonly BuildiumTransport _transport;

    internal BillsClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every record matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<BillMessage> ListAsync(BillListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<BillMessage>(Path, filter, cancellationToken);

    public Task<BillMessage> GetAsync(int billId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<BillMessage>($"{Path}/{billId}", cancellationToken);

    /// <summary>Creates the record. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.</summary>
    public Task<BillMessage> CreateAsync(BillPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<BillPostMessage, BillMessage>(Path, message, cancellationToken);

    /// <summary>Full replace: Buildium blanks every field the message leaves out. Prefer <see cref="UpdateAsync"/>.</summary>
    public Task<BillMessage> ReplaceAsync(int billId, BillPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<BillPutMessage, BillMessage>($"{Path}/{billId}", message, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT; untouched fields keep their values.</summary>
    public Task<BillMessage> UpdateAsync(int billId, Action<BillPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<BillMessage, BillPutMessage>($"{Path}/{billId}", BillMapping.ToPutMessage, change, cancellationToken);

    /// <summary>Partial update: only the fields set in <paramref name="patch"/> change (no GET needed).</summary>
    public Task<BillMessage> PatchAsync(int billId, BillPatchMessage patch, CancellationToken cancellationToken = default) =>
        _transport.PatchAsync<BillPatchMessage, BillMessage>($"{Path}/{billId}", patch, cancellationToken);

    /// <summary>Payments of one bill; Buildium has no account-wide payment list.</summary>
    public IAsyncEnumerable<BillPaymentMessage> ListPaymentsAsync(int billId, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<BillPaymentMessage>($"{Path}/{billId}/payments", null, cancellationToken);

    public Task<BillPaymentMessage> GetPaymentAsync(int billId, int paymentId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<BillPaymentMessage>($"{Path}/{billId}/payments/{paymentId}", cancellationToken);

    /// <summary>Pays a bill. Payments cannot be updated or deleted through the API.</summary>
    public Task<BillPaymentMessage> CreatePaymentAsync(int billId, BillPaymentPostMessage payment, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<BillPaymentPostMessage, BillPaymentMessage>($"{Path}/{billId}/payments", payment, cancellationToken);
}
