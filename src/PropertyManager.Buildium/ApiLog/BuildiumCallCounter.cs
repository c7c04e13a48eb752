using System.Diagnostics;

namespace PropertyManager.Buildium.ApiLog;

/// <summary>
/// Counts HTTP attempts against Buildium in this process, so a sync run can report the calls it made, and the time
/// during which at least one call waited for the rate limiter's permit: then Buildium's limit set the pace, at other
/// times our own work (or Buildium's answers) did.
/// </summary>
public sealed class BuildiumCallCounter
{
    private readonly Lock _lock = new();
    private long _attempts;
    private int _waiting;
    private long _waitingSince;
    private long _limiterBoundTicks;

    public long Attempts => Interlocked.Read(ref _attempts);

    /// <summary>Total time (so far) during which one or more calls were queued at the rate limiter.</summary>
    public TimeSpan LimiterBound
    {
        get
        {
            lock (_lock)
            {
                var ticks = _limiterBoundTicks + (_waiting > 0 ? Stopwatch.GetTimestamp() - _waitingSince : 0);
                return Stopwatch.GetElapsedTime(0, ticks);
            }
        }
    }

    internal void Increment() => Interlocked.Increment(ref _attempts);

    internal void LimiterWaitStarted()
    {
        lock (_lock)
        {
            if (_waiting++ == 0)
            {
                _waitingSince = Stopwatch.GetTimestamp();
            }
        }
    }

    internal void LimiterWaitEnded()
    {
        lock (_lock)
        {
            if (--_waiting == 0)
            {
                _limiterBoundTicks += Stopwatch.GetTimestamp() - _waitingSince;
            }
        }
    }
}
