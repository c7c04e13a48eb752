using System.Threading.Channels;

namespace PropertyManager.Sync.Webhooks;

/// <summary>
/// Wakes this instance's processor when the receiver stored a new event, so processing starts at once instead of
/// at the next poll. Other instances' events are found by polling.
/// </summary>
public sealed class WebhookSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>True when notified within <paramref name="timeout"/>, false when it elapsed.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await _channel.Reader.WaitToReadAsync(wait.Token);
            return _channel.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
