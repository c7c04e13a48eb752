using System.Threading.RateLimiting;

namespace PropertyManager.Buildium.Http;

/// <summary>
/// Buildium's rate cap as a server with a sliding one-second window sees it: never more than <c>permits</c> grants in
/// any rolling <c>window</c>, counted on the actual grant times, with consecutive grants at least half the even spacing
/// apart (at rates a timer can space) so a queue drains evenly instead of in clumps. A token bucket refills on a fixed grid, so a late request
/// followed by an on-time one can land two in one slot and eleven in a second; this cannot. Waiters are served in
/// order; a late timer is caught up on (the window allows it), so the pace is the window's, not the timer's.
/// </summary>
internal sealed class SlidingWindowPacer : RateLimiter
{
    private static readonly RateLimitLease s_granted = new Lease(true);
    private static readonly RateLimitLease s_refused = new Lease(false);

    private readonly int _permits;
    private readonly long _window;
    private readonly long _minimumGap;
    private readonly int _queueLimit;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly Queue<long> _grants = new();
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly ITimer _timer;
    private long _lastGrant = long.MinValue;
    private long _granted;
    private long _refusedCount;
    private bool _disposed;

    public SlidingWindowPacer(int permits, TimeSpan window, int queueLimit, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _permits = permits;
        _time = time ?? TimeProvider.System;
        _window = Ticks(window);
        // Below a millisecond timers cannot keep a gap anyway, and at such rates (an emulator without limits) only the
        // window matters.
        var gap = _window / permits / 2;
        _minimumGap = gap >= _time.TimestampFrequency / 1000 ? gap : 0;
        _queueLimit = queueLimit;
        _timer = _time.CreateTimer(_ => Release(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                return _waiters.Count > 0 || _lastGrant == long.MinValue ? null : _time.GetElapsedTime(_lastGrant);
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Prune(_time.GetTimestamp());
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _permits - _grants.Count,
                CurrentQueuedCount = _waiters.Count,
                TotalSuccessfulLeases = _granted,
                TotalFailedLeases = _refusedCount,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ThrowIfNotOne(permitCount);
        lock (_lock)
        {
            if (permitCount == 0)
            {
                // Asks whether a permit is free, taking none.
                Prune(_time.GetTimestamp());
                return _grants.Count < _permits ? s_granted : s_refused;
            }

            if (_waiters.Count == 0 && TryGrant(_time.GetTimestamp()))
            {
                return s_granted;
            }

            _refusedCount++;
            return s_refused;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ThrowIfNotOne(permitCount);
        if (permitCount == 0)
        {
            return ValueTask.FromResult(AttemptAcquireCore(0));
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_lock)
        {
            if (_waiters.Count == 0 && TryGrant(_time.GetTimestamp()))
            {
                return ValueTask.FromResult(s_granted);
            }

            if (_waiters.Count >= _queueLimit)
            {
                _refusedCount++;
                return ValueTask.FromResult(s_refused);
            }

            var waiter = new Waiter();
            var node = _waiters.AddLast(waiter);
            if (cancellationToken.CanBeCanceled)
            {
                waiter.Registration = cancellationToken.Register(() => Cancel(node, cancellationToken));
            }

            Schedule(_time.GetTimestamp());
            return new ValueTask<RateLimitLease>(waiter.Completion.Task);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        List<Waiter> waiting;
        lock (_lock)
        {
            _disposed = true;
            waiting = [.. _waiters];
            _waiters.Clear();
        }

        _timer.Dispose();
        foreach (var waiter in waiting)
        {
            waiter.Registration.Dispose();
            waiter.Completion.TrySetResult(s_refused);
        }
    }

    private void Release()
    {
        var ready = new List<Waiter>();
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            while (_waiters.First is { } first && TryGrant(now))
            {
                _waiters.RemoveFirst();
                ready.Add(first.Value);
            }

            Schedule(now);
        }

        // Outside the lock: a continuation may run inline and ask again.
        foreach (var waiter in ready)
        {
            waiter.Registration.Dispose();
            waiter.Completion.TrySetResult(s_granted);
        }
    }

    private void Cancel(LinkedListNode<Waiter> node, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (node.List is null)
            {
                return;
            }

            _waiters.Remove(node);
        }

        node.Value.Completion.TrySetCanceled(cancellationToken);
    }

    /// <summary>Called under the lock.</summary>
    private bool TryGrant(long now)
    {
        Prune(now);
        if (_grants.Count >= _permits || (_lastGrant != long.MinValue && now - _lastGrant < _minimumGap))
        {
            return false;
        }

        _grants.Enqueue(now);
        _lastGrant = now;
        _granted++;
        return true;
    }

    /// <summary>Called under the lock: wakes when the next waiter can be granted.</summary>
    private void Schedule(long now)
    {
        if (_waiters.Count == 0 || _disposed)
        {
            return;
        }

        Prune(now);
        var at = _lastGrant == long.MinValue ? now : _lastGrant + _minimumGap;
        if (_grants.Count >= _permits)
        {
            at = Math.Max(at, _grants.Peek() + _window);
        }

        var due = TimeSpan.FromSeconds(Math.Max(0, at - now) / (double)_time.TimestampFrequency);
        _timer.Change(due, Timeout.InfiniteTimeSpan);
    }

    private void Prune(long now)
    {
        while (_grants.Count > 0 && now - _grants.Peek() >= _window)
        {
            _grants.Dequeue();
        }
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * _time.TimestampFrequency);

    private static void ThrowIfNotOne(int permitCount)
    {
        if (permitCount is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, "Buildium requests take one permit each.");
        }
    }

    private sealed class Waiter
    {
        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
