using System.Collections.Concurrent;
using PropertyManager.Buildium.ApiLog;

namespace PropertyManager.Buildium.Tests.Infrastructure;

/// <summary>In-memory <see cref="IBuildiumApiLogSink"/>; the PostgreSQL sink is the host's.</summary>
public sealed class CollectingApiLogSink : IBuildiumApiLogSink
{
    private readonly ConcurrentQueue<BuildiumApiCall> _calls = new();
    private readonly ConcurrentQueue<DateTimeOffset> _purges = new();

    public IReadOnlyList<BuildiumApiCall> Calls => [.. _calls];

    public IReadOnlyList<DateTimeOffset> PurgeCutoffs => [.. _purges];

    /// <summary>When set, each batch waits for it: lets a test hold the writer mid-batch.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public TaskCompletionSource FirstBatchStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task WriteBatchAsync(IReadOnlyList<BuildiumApiCall> calls, CancellationToken cancellationToken)
    {
        FirstBatchStarted.TrySetResult();
        if (Gate is { } gate)
        {
            await gate.Task;
        }

        foreach (var call in calls)
        {
            _calls.Enqueue(call);
        }
    }

    public Task PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        _purges.Enqueue(cutoff);
        return Task.CompletedTask;
    }

    /// <summary>Waits until the background writer has delivered at least <paramref name="count"/> matching entries.</summary>
    public async Task<IReadOnlyList<BuildiumApiCall>> WaitForAsync(Func<BuildiumApiCall, bool> match, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var found = Calls.Where(match).ToList();
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                return found;
            }

            await Task.Delay(20);
        }
    }
}
