using System.Threading.Channels;

namespace PropertyManager.Sync.Runs;

/// <summary>Asks the background worker for a run now (the admin's "Resync now"); requests queue, one run at a time.</summary>
public sealed class SyncTrigger
{
    private readonly Channel<SyncRequest> _requests = Channel.CreateBounded<SyncRequest>(
        new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    internal ChannelReader<SyncRequest> Requests => _requests.Reader;

    public ValueTask RequestAsync(SyncRequest request, CancellationToken cancellationToken = default) =>
        _requests.Writer.WriteAsync(request, cancellationToken);
}
