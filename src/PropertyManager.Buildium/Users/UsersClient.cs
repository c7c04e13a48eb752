using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Users;

/// <summary>The account's users (cached reference data, read-only): <c>/v1/users</c>.</summary>
public sealed class UsersClient
{
    private const string Path = "v1/users";

    private readonly BuildiumTransport _transport;

    internal UsersClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Every record matching the filter, fetched page by page as it is enumerated.</summary>
    public IAsyncEnumerable<UserMessage> ListAsync(UserListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<UserMessage>(Path, filter, cancellationToken);

    public Task<UserMessage> GetAsync(int userId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<UserMessage>($"{Path}/{userId}", cancellationToken);
}
