using System.Diagnostics;

namespace PropertyManager.BuildiumEmulator.RateLimiting;

/// <summary>
/// Admits a request unless MaxConcurrent are already in flight or RequestsPerSecond were admitted in the
/// last second (sliding window). Settings are read per request, so admin changes apply at once.
/// </summary>
internal sealed class RateLimitGate(EmulatorOptions options)
{
    private readonly Lock _lock = new();
    private readonly Queue<long> _admitted = new();
    private int _inFlight;

    public bool TryEnter()
    {
        var settings = options.RateLimit;
        if (!settings.Enabled)
        {
            Interlocked.Increment(ref _inFlight);
            return true;
        }

        lock (_lock)
        {
            var now = Stopwatch.GetTimestamp();
            var windowStart = now - Stopwatch.Frequency;
            while (_admitted.Count > 0 && _admitted.Peek() <= windowStart)
            {
                _admitted.Dequeue();
            }

            if (Volatile.Read(ref _inFlight) >= settings.MaxConcurrent || _admitted.Count >= settings.RequestsPerSecond)
            {
                return false;
            }

            _admitted.Enqueue(now);
            Interlocked.Increment(ref _inFlight);
            return true;
        }
    }

    public void Exit() => Interlocked.Decrement(ref _inFlight);
}
