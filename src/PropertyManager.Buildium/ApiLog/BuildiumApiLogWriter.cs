using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PropertyManager.Buildium.ApiLog;

/// <summary>
/// Drains the API log queue in batches into <see cref="IBuildiumApiLogSink"/> (the handler has masked and truncated
/// the bodies), flushes what is left on graceful shutdown, and purges entries older than the
/// retention period.
/// </summary>
internal sealed class BuildiumApiLogWriter : BackgroundService
{
    private readonly BuildiumApiLogQueue _queue;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IOptionsMonitor<BuildiumOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BuildiumApiLogWriter> _logger;

    public BuildiumApiLogWriter(
        BuildiumApiLogQueue queue,
        IServiceScopeFactory scopeFactory,
        IOptionsMonitor<BuildiumOptions> options,
        TimeProvider timeProvider,
        ILogger<BuildiumApiLogWriter> logger)
    {
        _queue = queue;
        _scopeFactory = scopeFactory;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // The loop has stopped; whatever the last calls enqueued is written now, within the host's shutdown budget.
        while (_queue.Reader.TryPeek(out _) && !cancellationToken.IsCancellationRequested)
        {
            await WriteNextBatchAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var purge = PurgeLoopAsync(stoppingToken);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await WriteNextBatchAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: StopAsync flushes the rest.
        }

        await purge;
    }

    private async Task WriteNextBatchAsync(CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        var baseAddress = Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var b) ? b : null;
        var batch = new List<BuildiumApiCall>(Math.Min(options.ApiLog.BatchSize, 256));
        while (batch.Count < options.ApiLog.BatchSize && _queue.Reader.TryRead(out var entry))
        {
            batch.Add(ToApiCall(entry, baseAddress));
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = _scopeFactory.CreateAsyncScope();
            var sink = scope.ServiceProvider.GetRequiredService<IBuildiumApiLogSink>();
            // Not the stopping token: a batch already taken off the queue should still reach the sink.
            await sink.WriteBatchAsync(batch, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(ex, "Writing {Count} Buildium API log entries failed; they are dropped", batch.Count);
        }
    }

    private async Task PurgeLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.CurrentValue.ApiLog.PurgeInterval, _timeProvider);
        try
        {
            do
            {
                var cutoff = _timeProvider.GetUtcNow().AddDays(-_options.CurrentValue.ApiLog.RetentionDays);
                try
                {
                    await using var scope = _scopeFactory.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<IBuildiumApiLogSink>().PurgeOlderThanAsync(cutoff, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _logger.LogError(ex, "Purging Buildium API log entries older than {Cutoff} failed", cutoff);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static BuildiumApiCall ToApiCall(BuildiumApiLogEntry entry, Uri? baseAddress) =>
        new()
        {
            Timestamp = entry.Timestamp,
            Method = entry.Method,
            Endpoint = BuildiumLogSanitizer.DescribeEndpoint(entry.RequestUri, baseAddress),
            RequestBody = entry.RequestBody,
            ResponseStatus = entry.ResponseStatus,
            ResponseBody = entry.ResponseBody,
            ErrorMessage = entry.ErrorMessage,
            DurationMs = entry.DurationMs,
        };
}
