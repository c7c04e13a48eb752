using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using PropertyManager.Buildium.Http;

namespace PropertyManager.Buildium.Tests;

/// <summary>
/// The client's pacing against a server that counts requests in a sliding second: never more than the limit in any
/// rolling window, however the requests come, and the window's full rate when they queue. Time is a fake clock here,
/// so the figures are exact.
/// </summary>
public sealed class SlidingWindowPacerTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1.03);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Requests_at_random_times_never_get_more_than_ten_grants_in_any_rolling_window(int seed)
    {
        using var clock = new GrantClock(10);
        var random = new Random(seed);
        var pending = new List<Task<RateLimitLease>>();
        // Bursts, lulls and single requests over 20 s, as a sync's pages, child reads and webhooks make them.
        for (var ms = 0; ms < 20_000; ms++)
        {
            if (random.Next(100) < 3)
            {
                for (var n = random.Next(1, 16); n > 0; n--)
                {
                    pending.Add(clock.Pacer.AcquireAsync(1).AsTask());
                }
            }

            clock.Step();
        }

        while (pending.Any(t => !t.IsCompleted))
        {
            clock.Step();
        }

        (await Task.WhenAll(pending)).ShouldAllBe(lease => lease.IsAcquired);
        clock.Grants.Count.ShouldBe(pending.Count);
        for (var i = 10; i < clock.Grants.Count; i++)
        {
            (clock.Grants[i] - clock.Grants[i - 10]).ShouldBeGreaterThanOrEqualTo(Window, $"grants {i - 10} and {i} are in one window");
        }
    }

    [Fact]
    public async Task A_queue_drains_at_the_windows_rate_evenly_not_in_clumps()
    {
        using var clock = new GrantClock(10);
        var all = Enumerable.Range(0, 100).Select(_ => clock.Pacer.AcquireAsync(1).AsTask()).ToList();
        clock.Step();
        while (all.Any(t => !t.IsCompleted))
        {
            clock.Step();
        }

        await Task.WhenAll(all);
        var grants = clock.Grants;
        grants.Count.ShouldBe(100);
        // The first ten go at half the even spacing (the window allows them), then one each 103 ms as the window frees.
        grants[^1].ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(10 * 1.03), "100 requests at 10 per 1.03 s");
        grants[^1].ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(9 * 1.03));
        for (var i = 1; i < grants.Count; i++)
        {
            (grants[i] - grants[i - 1]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(51), "no two requests back to back");
        }
    }

    /// <summary>
    /// A fake clock stepped a millisecond at a time, noting when each grant happened: the pacer counts a grant under its
    /// lock as it makes it, and the fake timer fires at the step's end, so the time of each grant is exact.
    /// </summary>
    private sealed class GrantClock : IDisposable
    {
        private readonly FakeTimeProvider _time = new();
        private readonly DateTimeOffset _start;
        private long _seen;

        public GrantClock(int permits)
        {
            _start = _time.GetUtcNow();
            Pacer = new SlidingWindowPacer(permits, Window, queueLimit: 100_000, _time);
        }

        public SlidingWindowPacer Pacer { get; }

        public List<TimeSpan> Grants { get; } = [];

        /// <summary>Notes the grants made at the current time (requests granted as they came), then moves a millisecond on.</summary>
        public void Step()
        {
            Note();
            _time.Advance(TimeSpan.FromMilliseconds(1));
            Note();
        }

        public void Dispose() => Pacer.Dispose();

        private void Note()
        {
            var total = Pacer.GetStatistics()!.TotalSuccessfulLeases;
            for (; _seen < total; _seen++)
            {
                Grants.Add(_time.GetUtcNow() - _start);
            }
        }
    }

    [Fact]
    public async Task A_waiter_cancelled_in_the_queue_leaves_it_and_the_next_is_served()
    {
        var time = new FakeTimeProvider();
        using var pacer = new SlidingWindowPacer(1, TimeSpan.FromSeconds(1), queueLimit: 10, time);
        using var first = await pacer.AcquireAsync(1);
        using var cancel = new CancellationTokenSource();
        var cancelled = pacer.AcquireAsync(1, cancel.Token).AsTask();
        var next = pacer.AcquireAsync(1).AsTask();
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => cancelled);
        next.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(1));
        (await next).IsAcquired.ShouldBeTrue();
        pacer.GetStatistics()!.CurrentQueuedCount.ShouldBe(0);
    }

    [Fact]
    public async Task Beyond_the_queue_limit_a_request_is_refused_at_once()
    {
        var time = new FakeTimeProvider();
        using var pacer = new SlidingWindowPacer(1, TimeSpan.FromSeconds(1), queueLimit: 1, time);
        using var first = await pacer.AcquireAsync(1);
        var queued = pacer.AcquireAsync(1);

        using var refused = await pacer.AcquireAsync(1);

        refused.IsAcquired.ShouldBeFalse();
        queued.IsCompleted.ShouldBeFalse();
        pacer.AttemptAcquire(1).IsAcquired.ShouldBeFalse("a waiter is ahead");
        time.Advance(TimeSpan.FromSeconds(1));
        (await queued).IsAcquired.ShouldBeTrue();
    }
}
