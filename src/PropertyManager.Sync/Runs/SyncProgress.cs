using PropertyManager.Buildium.ApiLog;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Runs;

/// <summary>
/// The run in progress in this process, for pages that show a live progress bar; null when idle. The runner reports once
/// at the start and after each kind; in between, the counters it shares move as records are read (no per-record report).
/// </summary>
public sealed class SyncProgress(BuildiumCallCounter calls, TimeProvider time) : IProgress<IReadOnlyDictionary<string, KindCounts>>
{
    private volatile Snapshot? _current;

    public Snapshot? Current => _current;

    public void Start(SyncRequest request) =>
        _current = new Snapshot(request, new Dictionary<string, KindCounts>(), time.GetUtcNow(), calls.Attempts);

    /// <summary>The current run's calls left and time left at its recently measured rate; null when idle.</summary>
    public SyncEta? Eta(int pageSize) => _current is { } current
        ? SyncEta.Estimate(current.Kinds, calls.Attempts - current.CallsAtStart, time.GetUtcNow() - current.StartedAt, pageSize, current.Rate)
        : null;

    public void Report(IReadOnlyDictionary<string, KindCounts> value)
    {
        if (_current is { } current)
        {
            _current = current with { Kinds = value.ToDictionary(k => k.Key, k => k.Value) };
        }
    }

    public void Finish() => _current = null;

    /// <param name="Kinds">The runner's own counters, so they move while a kind runs without any further report.</param>
    /// <param name="CallsAtStart">The process's Buildium call count when the run started.</param>
    public sealed record Snapshot(SyncRequest Request, IReadOnlyDictionary<string, KindCounts> Kinds, DateTimeOffset StartedAt, long CallsAtStart)
    {
        /// <summary>The run's recent call rate, for its ETA (kept across reports).</summary>
        public SyncCallRate Rate { get; init; } = new();

        public int KindsDone => Kinds.Values.Count(k => k.Done || k.Failed > 0);

        /// <summary>Per kind, in pull order: how many records (or parents) of how many, read at the moment of the call.</summary>
        public IReadOnlyList<KindProgress> Progress => [.. Kinds.Select(k => KindProgress.Of(k.Key, k.Value))];
    }
}
