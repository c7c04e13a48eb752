using System.Diagnostics;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Bench.Worker;

/// <summary>
/// The runner reports progress synchronously after each kind; this turns those reports into per-kind time and
/// memory: the time since the previous report, and the resident peak since it (the high-water mark is reset after
/// each kind, so a kind's peak is its own).
/// </summary>
internal sealed class KindTimer : IProgress<IReadOnlyDictionary<string, KindCounts>>
{
    private readonly Stopwatch _clock = new();
    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);
    private readonly List<KindResult> _kinds = [];
    private TimeSpan _last;

    public bool PeakIsPerKind { get; private set; }

    public IReadOnlyList<KindResult> Kinds => _kinds;

    /// <summary>Called before each <c>RunAsync</c>: its first kind's time starts here.</summary>
    public void BeginRun()
    {
        _finished.Clear();
        PeakIsPerKind = MemoryProbe.TryResetPeak();
        _clock.Restart();
        _last = TimeSpan.Zero;
    }

    public void Report(IReadOnlyDictionary<string, KindCounts> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var now = _clock.Elapsed;
        var peak = MemoryProbe.PeakWorkingSetMb();
        var current = MemoryProbe.WorkingSetMb();
        var gc = GC.GetGCMemoryInfo();
        // One kind finishes per report; should a report ever cover several, they share its interval.
        var newlyFinished = value.Where(k => (k.Value.Done || k.Value.Failed > 0) && _finished.Add(k.Key)).ToList();
        foreach (var (name, counts) in newlyFinished)
        {
            _kinds.Add(new KindResult(
                name, (now - _last).TotalSeconds / newlyFinished.Count, counts.Read, counts.Created, counts.Updated,
                counts.Unchanged, counts.Deactivated, counts.Failed, peak, current,
                gc.HeapSizeBytes / (1024.0 * 1024), gc.TotalCommittedBytes / (1024.0 * 1024)));
        }

        _last = now;
        PeakIsPerKind &= MemoryProbe.TryResetPeak();
    }
}
