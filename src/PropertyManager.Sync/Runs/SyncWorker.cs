using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PropertyManager.Sync.Runs;

/// <summary>
/// Runs an incremental sync every <c>Sync:Interval</c>, and whatever <see cref="SyncTrigger"/> asks for in between,
/// each in a fresh DI scope. Across app instances the runner's advisory lock makes one of them sync at a time. A run's
/// child reads (at Buildium's rate, most of an hour on a large first sync) pause when a request waits or the schedule
/// comes round, so pushes and incremental runs are never held behind them; a paused run is resumed at once after.
/// </summary>
public sealed partial class SyncWorker(
    IServiceScopeFactory scopes, SyncTrigger trigger, SyncProgress progress, IOptions<SyncOptions> options, ILogger<SyncWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval);
        Task<bool>? tick = null;
        var next = new SyncRequest("schedule");
        var left = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            tick ??= timer.WaitForNextTickAsync(stoppingToken).AsTask();
            var paused = await RunAsync(next, tick, stoppingToken);
            // Child reads left by a paused run are due until a run of every kind gets through them (a push-only or
            // single-kind run in between does not).
            left = paused || (left && (next.PushOnly || next.Kind is not null || next.BuildiumId is not null));
            (next, tick) = await NextRequestAsync(tick, left, stoppingToken);
        }
    }

    /// <summary>A request already waiting first, then the schedule if it came round, then the paused run's rest.</summary>
    private async Task<(SyncRequest Request, Task<bool>? Tick)> NextRequestAsync(Task<bool> tick, bool resume, CancellationToken stoppingToken)
    {
        if (!trigger.Requests.TryPeek(out _) && !tick.IsCompleted)
        {
            if (resume)
            {
                return (new SyncRequest("resume"), tick);
            }

            using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(tick, trigger.Requests.WaitToReadAsync(either.Token).AsTask());
            await either.CancelAsync();
        }

        stoppingToken.ThrowIfCancellationRequested();
        return trigger.Requests.TryRead(out var asked) ? (asked, tick) : (new SyncRequest("schedule"), null);
    }

    /// <summary>Runs one request; true when its child reads paused for waiting work.</summary>
    private async Task<bool> RunAsync(SyncRequest request, Task<bool> tick, CancellationToken stoppingToken)
    {
        progress.Start(request);
        using var pause = new CancellationTokenSource();
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var watch = PauseWhenWaitedForAsync(tick, pause, running.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(request, progress, pause.Token, stoppingToken);
            if (!report.Skipped)
            {
                LogRun(request.Trigger, report.Succeeded, report.ApiCalls, report.Paused);
            }

            return report.Paused;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // A bad run (database down, Buildium unreachable) must never stop the worker or the host.
            LogRunFailed(ex, request.Trigger);
            return false;
        }
        finally
        {
            await running.CancelAsync();
            await watch;
            progress.Finish();
        }
    }

    private async Task PauseWhenWaitedForAsync(Task<bool> tick, CancellationTokenSource pause, CancellationToken running)
    {
        await Task.WhenAny(tick, trigger.Requests.WaitToReadAsync(running).AsTask());
        if (!running.IsCancellationRequested)
        {
            await pause.CancelAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync run ({Trigger}) finished: succeeded={Succeeded}, {ApiCalls} Buildium calls, paused={Paused}")]
    private partial void LogRun(string trigger, bool succeeded, long apiCalls, bool paused);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sync run ({Trigger}) failed")]
    private partial void LogRunFailed(Exception exception, string trigger);
}
