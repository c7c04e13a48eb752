using System.Collections.Concurrent;

namespace PropertyManager.BuildiumEmulator;

/// <summary>
/// Request statistics of the emulated API (admin requests excluded): totals, the highest number of requests
/// in flight at once, rate-limit rejections, injected faults, and a count per "METHOD /path".
/// </summary>
public sealed class EmulatorStats
{
    private readonly ConcurrentDictionary<string, long> _byEndpoint = new(StringComparer.Ordinal);
    private long _total;
    private long _rateLimited;
    private long _faults;
    private int _current;
    private int _maxConcurrent;

    public long TotalRequests => Interlocked.Read(ref _total);

    public int CurrentConcurrent => Volatile.Read(ref _current);

    public int MaxConcurrentObserved => Volatile.Read(ref _maxConcurrent);

    /// <summary>429s produced by the rate limiter (injected 429 faults count in <see cref="FaultsInjected"/>).</summary>
    public long RateLimitedCount => Interlocked.Read(ref _rateLimited);

    public long FaultsInjected => Interlocked.Read(ref _faults);

    /// <summary>Requests per "METHOD /path" (path without query string), e.g. "GET /v1/rentals".</summary>
    public IReadOnlyDictionary<string, long> RequestsByEndpoint => new Dictionary<string, long>(_byEndpoint, StringComparer.Ordinal);

    public long CountFor(string method, string path) => _byEndpoint.GetValueOrDefault($"{method.ToUpperInvariant()} {path}");

    public void Reset()
    {
        Interlocked.Exchange(ref _total, 0);
        Interlocked.Exchange(ref _rateLimited, 0);
        Interlocked.Exchange(ref _faults, 0);
        Interlocked.Exchange(ref _maxConcurrent, Volatile.Read(ref _current));
        _byEndpoint.Clear();
    }

    internal void RequestStarted(string method, string path)
    {
        Interlocked.Increment(ref _total);
        _byEndpoint.AddOrUpdate($"{method} {path}", 1, (_, count) => count + 1);
        var current = Interlocked.Increment(ref _current);
        int observed;
        while (current > (observed = Volatile.Read(ref _maxConcurrent)) && Interlocked.CompareExchange(ref _maxConcurrent, current, observed) != observed)
        {
            // Another request raised the maximum concurrently; re-read and retry.
        }
    }

    internal void RequestEnded() => Interlocked.Decrement(ref _current);

    internal void RecordRateLimited() => Interlocked.Increment(ref _rateLimited);

    internal void RecordFault() => Interlocked.Increment(ref _faults);
}
