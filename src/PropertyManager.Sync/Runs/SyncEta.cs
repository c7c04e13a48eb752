using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Runs;

/// <summary>
/// How much of a run is left, in Buildium calls and in time at the rate the run has measured so far. Buildium's rate
/// limit, not our processing, sets a large run's pace, so calls left over calls per second is the honest estimate; with
/// a <see cref="SyncCallRate"/> the rate is the recent one, not the average since the start.
/// </summary>
/// <param name="CallsLeft">Per kind, the calls still to make (only kinds with some left).</param>
/// <param name="TimeLeft">Null until the run has made calls to measure a rate from.</param>
public sealed record SyncEta(long CallsDone, IReadOnlyDictionary<string, long> CallsLeft, double CallsPerSecond, TimeSpan? TimeLeft)
{
    public long TotalCallsLeft => CallsLeft.Values.Sum();

    /// <param name="pageSize">Records per list page (Buildium's <c>limit</c>).</param>
    /// <param name="recent">The run's rate over its last seconds (observed at each call); null: the average since the start.</param>
    public static SyncEta Estimate(
        IReadOnlyDictionary<string, KindCounts> kinds, long callsDone, TimeSpan elapsed, int pageSize, SyncCallRate? recent = null)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var left = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, counts) in kinds)
        {
            if (CallsLeftOf(name, counts, pageSize) is > 0 and var calls)
            {
                left[name] = calls;
            }
        }

        var rate = recent is not null ? recent.Observe(elapsed, callsDone)
            : elapsed.TotalSeconds >= 1 && callsDone > 0 ? callsDone / elapsed.TotalSeconds : 0;
        TimeSpan? timeLeft = rate > 0 ? TimeSpan.FromSeconds(left.Values.Sum() / rate) : null;
        return new SyncEta(callsDone, left, rate, timeLeft);
    }

    private static long CallsLeftOf(string name, KindCounts counts, int pageSize)
    {
        if (counts.Done || counts.Failed > 0 || counts.Skipped is not null)
        {
            return 0;
        }

        var remaining = counts.Total is { } total ? Math.Max(0, total - counts.Processed) : (int?)null;
        if (SyncCatalog.Find(name)?.ReadUnderParents == true)
        {
            // One read per parent (a parent with more than a page of children is rare); the runner sets the parents
            // to read as soon as they are known, before the kind starts.
            return remaining ?? 0;
        }

        // A list kind not started yet reads at least its first page, which says how many follow.
        return remaining is { } records ? (records + pageSize - 1) / pageSize : 1;
    }
}
