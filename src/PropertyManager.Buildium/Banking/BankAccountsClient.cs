using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Banking;

/// <summary>Bank accounts: <c>/v1/bankaccounts</c>.</summary>
public sealed class BankAccountsClient
{
    private const string Path = "v1/bankaccounts";

    private readonly BuildiumTransport _transport;

    internal BankAccountsClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every record matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<BankAccountMessage> ListAsync(BankAccountListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<BankAccountMessage>(Path, filter, cancellationToken);

    public Task<BankAccountMessage> GetAsync(int bankAccountId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<BankAccountMessage>($"{Path}/{bankAccountId}", cancellationToken);

    /// <summary>Creates the record. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.</summary>
    public Task<BankAccountMessage> CreateAsync(BankAccountPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<BankAccountPostMessage, BankAccountMessage>(Path, message, cancellationToken);

    /// <summary>Full replace: Buildium blanks every field the message leaves out. Prefer <see cref="UpdateAsync"/>.</summary>
    public Task<BankAccountMessage> ReplaceAsync(int bankAccountId, BankAccountPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<BankAccountPutMessage, BankAccountMessage>($"{Path}/{bankAccountId}", message, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT; untouched fields keep their values.</summary>
    public Task<BankAccountMessage> UpdateAsync(int bankAccountId, Action<BankAccountPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<BankAccountMessage, BankAccountPutMessage>($"{Path}/{bankAccountId}", BankAccountMapping.ToPutMessage, change, cancellationToken);
}
