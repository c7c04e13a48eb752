using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PropertyManager.Buildium.ApiLog;

/// <summary>
/// Bounded in-process buffer between the HTTP handlers and <see cref="BuildiumApiLogWriter"/>.
/// Writing never waits: when the buffer is full the entry is dropped and counted, because a slow
/// database must not slow down or block calls to Buildium.
/// </summary>
internal sealed class BuildiumApiLogQueue
{
    private readonly Channel<BuildiumApiLogEntry> _channel;
    private readonly ILogger<BuildiumApiLogQueue> _logger;
    private long _dropped;

    public BuildiumApiLogQueue(IOptions<BuildiumOptions> options, ILogger<BuildiumApiLogQueue> logger)
    {
        _logger = logger;
        _channel = Channel.CreateBounded<BuildiumApiLogEntry>(new BoundedChannelOptions(options.Value.ApiLog.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    public long DroppedCount => Interlocked.Read(ref _dropped);

    public ChannelReader<BuildiumApiLogEntry> Reader => _channel.Reader;

    public void Enqueue(BuildiumApiLogEntry entry)
    {
        // TryWrite on a bounded channel in Wait mode returns false instead of blocking when full.
        if (_channel.Writer.TryWrite(entry))
        {
            return;
        }

        var dropped = Interlocked.Increment(ref _dropped);
        // Log the 1st, 10th, 100th... drop so a long outage does not flood the log.
        if (dropped == 1 || IsPowerOfTen(dropped))
        {
            _logger.LogWarning(
                "Buildium API log buffer is full; dropped {DroppedCount} entries so far ({Method} {Endpoint} not logged)",
                dropped,
                entry.Method,
                entry.RequestUri?.AbsolutePath);
        }
    }

    private static bool IsPowerOfTen(long value)
    {
        while (value >= 10 && value % 10 == 0)
        {
            value /= 10;
        }

        return value == 1;
    }
}
