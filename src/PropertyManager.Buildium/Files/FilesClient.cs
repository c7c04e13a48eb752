using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Files;

/// <summary>The account-wide file list, <c>/v1/files</c>; used to find a file id after an upload.</summary>
public sealed class FilesClient
{
    private readonly BuildiumTransport _transport;

    internal FilesClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    public IAsyncEnumerable<FileMessage> ListAsync(FileListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<FileMessage>("v1/files", filter, cancellationToken);
}
