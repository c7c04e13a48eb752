using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PropertyManager.Sync.Runs;

/// <summary>
/// Runs an incremental sync every <c>Sync:Interval</c>, and whatever <see cref="SyncTrigger"/> asks for in between,
/// each in a fresh DI scope. Across app instances the runner's advisory lock makes one of them sync at a time.
/// </summary>
public sealed partial class SyncWorker(
    IServiceScopeFactory scopes, SyncTrigger trigger, SyncProgress progress, IOptions<SyncOptions> options, ILogger<SyncWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval);
        var next = new SyncRequest("schedule");
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunAsync(next, stoppingToken);
            next = await NextRequestAsync(timer, stoppingToken);
        }
    }

    private async Task<SyncRequest> NextRequestAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var tick = timer.WaitForNextTickAsync(either.Token).AsTask();
        var asked = trigger.Requests.ReadAsync(either.Token).AsTask();
        var first = await Task.WhenAny(tick, asked);
        await either.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
        return first == asked && asked.IsCompletedSuccessfully ? asked.Result : new SyncRequest("schedule");
    }

    private async Task RunAsync(SyncRequest request, CancellationToken stoppingToken)
    {
        progress.Start(request);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(request, progress, stoppingToken);
            if (!report.Skipped)
            {
                LogRun(request.Trigger, report.Succeeded, report.ApiCalls);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // A bad run (database down, Buildium unreachable) must never stop the worker or the host.
            LogRunFailed(ex, request.Trigger);
        }
        finally
        {
            progress.Finish();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync run ({Trigger}) finished: succeeded={Succeeded}, {ApiCalls} Buildium calls")]
    private partial void LogRun(string trigger, bool succeeded, long apiCalls);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sync run ({Trigger}) failed")]
    private partial void LogRunFailed(Exception exception, string trigger);
}
