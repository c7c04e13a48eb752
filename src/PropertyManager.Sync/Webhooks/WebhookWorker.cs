using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PropertyManager.Sync.Webhooks;

/// <summary>
/// Processes stored webhook events in the background: batch after batch while a full batch was found, then waits for
/// the receiver's signal (plus a short window so a burst coalesces) or the poll interval. Errors are logged and the
/// loop goes on: a database or Buildium outage must never stop the host.
/// </summary>
public sealed partial class WebhookWorker(
    IServiceScopeFactory scopes, WebhookSignal signal, IOptions<WebhookProcessorOptions> options, ILogger<WebhookWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await ProcessBatchAsync(stoppingToken) >= settings.BatchSize)
                {
                    continue;
                }

                if (await signal.WaitAsync(settings.PollInterval, stoppingToken) && settings.CoalesceWindow > TimeSpan.Zero)
                {
                    await Task.Delay(settings.CoalesceWindow, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a batch in flight rolls back and its events are claimed again by the next start.
        }
    }

    private async Task<int> ProcessBatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<WebhookEventProcessor>().ProcessBatchAsync(stoppingToken);
            if (result.Claimed > 0)
            {
                LogBatch(result.Claimed, result.Reads, result.Processed.Count, result.Failed.Count);
            }

            return result.Claimed;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogBatchFailed(ex);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Webhook batch: {Claimed} events, {Reads} records re-read, {Processed} processed, {Failed} failed")]
    private partial void LogBatch(int claimed, int reads, int processed, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook batch failed; retrying at the next poll")]
    private partial void LogBatchFailed(Exception exception);
}
