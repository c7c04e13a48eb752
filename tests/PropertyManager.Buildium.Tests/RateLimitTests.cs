using System.Diagnostics;
using PropertyManager.Buildium.Tests.Infrastructure;

namespace PropertyManager.Buildium.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Two_hundred_concurrent_calls_stay_within_ten_in_flight_and_ten_per_second()
    {
        await using var t = await BuildiumTestHost.StartAsync(client: c => c.TotalTimeout = TimeSpan.FromSeconds(120));
        var ids = t.Emulator.Store.GetIds("rentals");
        t.Emulator.Stats.Reset();
        var watch = Stopwatch.StartNew();

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => t.Client.Rentals.GetAsync(ids[i % ids.Count])));

        watch.Stop();
        results.Length.ShouldBe(200);
        t.Emulator.Stats.MaxConcurrentObserved.ShouldBeLessThanOrEqualTo(10);
        // 200 calls at 10 per second need about 19.9 s; the upper bound only guards against a stall.
        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(19));
        watch.Elapsed.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(60));
    }
}
