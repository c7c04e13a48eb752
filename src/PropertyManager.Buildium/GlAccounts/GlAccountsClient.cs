using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.GlAccounts;

/// <summary>General ledger accounts (cached reference data): <c>/v1/glaccounts</c>.</summary>
public sealed class GlAccountsClient
{
    private const string Path = "v1/glaccounts";

    private readonly BuildiumTransport _transport;

    internal GlAccountsClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every record matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<GLAccountMessage> ListAsync(GLAccountListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<GLAccountMessage>(Path, filter, cancellationToken);

    public Task<GLAccountMessage> GetAsync(int glAccountId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<GLAccountMessage>($"{Path}/{glAccountId}", cancellationToken);

    /// <summary>Creates the record. A timeout throws <see cref="Errors.BuildiumOutcomeUnknownException"/> rather than retrying.</summary>
    public Task<GLAccountMessage> CreateAsync(GLAccountPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<GLAccountPostMessage, GLAccountMessage>(Path, message, cancellationToken);

    /// <summary>Full replace: Buildium blanks every field the message leaves out. Prefer <see cref="UpdateAsync"/>.</summary>
    public Task<GLAccountMessage> ReplaceAsync(int glAccountId, GLAccountPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<GLAccountPutMessage, GLAccountMessage>($"{Path}/{glAccountId}", message, cancellationToken);

    /// <summary>GET, apply <paramref name="change"/> to the full current values, PUT; untouched fields keep their values.</summary>
    public Task<GLAccountMessage> UpdateAsync(int glAccountId, Action<GLAccountPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<GLAccountMessage, GLAccountPutMessage>($"{Path}/{glAccountId}", GLAccountMapping.ToPutMessage, change, cancellationToken);
}
