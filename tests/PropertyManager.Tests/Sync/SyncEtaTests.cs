using PropertyManager.Data.Integration;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Runs;

namespace PropertyManager.Tests.Sync;

/// <summary>
/// The ETA of a large first sync, whose list pages go at our processing's pace and whose per-parent reads go at the
/// limiter's: the time left must follow the pace of the calls still to come, not the average since the start.
/// </summary>
public sealed class SyncEtaTests
{
    private static Dictionary<string, KindCounts> PaymentsLeft(int left) => new()
    {
        [SyncEntityTypes.BillPayment] = new KindCounts { Total = 30_000, Processed = 30_000 - left },
    };

    [Fact]
    public void After_a_slow_list_phase_the_time_left_is_at_the_per_parent_reads_recent_rate()
    {
        var rate = new SyncCallRate(TimeSpan.FromSeconds(30));
        // 120 list pages in the first 60 s (2 a second), then payments at 180 a second for 40 s, asked every second.
        long calls = 0;
        for (var second = 1; second <= 100; second++)
        {
            calls += second <= 60 ? 2 : 180;
            rate.Observe(TimeSpan.FromSeconds(second), calls);
        }

        var eta = SyncEta.Estimate(PaymentsLeft(18_000), calls, TimeSpan.FromSeconds(100), pageSize: 1000, rate);

        eta.TotalCallsLeft.ShouldBe(18_000);
        eta.CallsPerSecond.ShouldBe(180, tolerance: 0.5);
        eta.TimeLeft!.Value.TotalSeconds.ShouldBe(100, tolerance: 1);
        // The average since the start (7,320 calls in 100 s) would have said 246 s.
        SyncEta.Estimate(PaymentsLeft(18_000), calls, TimeSpan.FromSeconds(100), pageSize: 1000).TimeLeft!.Value.TotalSeconds
            .ShouldBeGreaterThan(240);
    }

    [Fact]
    public void Asked_rarely_the_rate_spans_the_points_it_has_and_says_nothing_before_a_second()
    {
        var rate = new SyncCallRate(TimeSpan.FromSeconds(30));

        SyncEta.Estimate(PaymentsLeft(1000), 5, TimeSpan.FromMilliseconds(500), pageSize: 1000, rate).TimeLeft.ShouldBeNull();
        // Nobody looked for 45 s, then 10 s and 25 s later: the rate spans from the newest point at least 30 s old (or the
        // oldest there is), so a rare look still gets a whole window, never just the last few seconds.
        rate.Observe(TimeSpan.FromSeconds(45), 450).ShouldBe(445 / 44.5, tolerance: 0.01);
        rate.Observe(TimeSpan.FromSeconds(55), 650).ShouldBe(645 / 54.5, tolerance: 0.01);
        rate.Observe(TimeSpan.FromSeconds(80), 1150).ShouldBe(700 / 35.0, tolerance: 0.01);
    }
}
