namespace PropertyManager.Sync.Runs;

/// <summary>
/// A run's Buildium calls per second over its last <see cref="Window"/>, from the (time, calls) points its ETA was
/// asked at. A large first sync has two paces: its list pages go at our processing's pace (a thousand records a
/// call), its per-parent reads at the limiter's; the average since the start mixes both and, once the children
/// start, puts the end far too late.
/// </summary>
public sealed class SyncCallRate(TimeSpan window)
{
    /// <summary>Thirty seconds: hundreds of calls at Buildium's 10 per second, short against a run that needs an ETA.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    // The run's start is the first point, so until a window has passed the rate is the average since the start.
    private readonly Queue<(TimeSpan Elapsed, long Calls)> _points = new([(TimeSpan.Zero, 0L)]);

    public SyncCallRate()
        : this(DefaultWindow)
    {
    }

    public TimeSpan Window { get; } = window;

    /// <summary>Notes the run's calls at <paramref name="elapsed"/> and returns the rate since the oldest point still in the window (0 before a second has passed).</summary>
    public double Observe(TimeSpan elapsed, long calls)
    {
        lock (_lock)
        {
            _points.Enqueue((elapsed, calls));
            // Keep the last point at least a window old, so the rate always spans a whole window once there is one.
            while (_points.Count > 2 && elapsed - _points.ElementAt(1).Elapsed >= Window)
            {
                _points.Dequeue();
            }

            var (since, callsThen) = _points.Peek();
            var span = (elapsed - since).TotalSeconds;
            return span >= 1 && calls > callsThen ? (calls - callsThen) / span : 0;
        }
    }
}
