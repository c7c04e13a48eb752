using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Buildium.ApiLog;
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
        // A call held up on its way after its permit (a busy machine, a new connection) can still meet a full window.
        t.Emulator.Stats.RateLimitedCount.ShouldBeLessThanOrEqualTo(4, "the pacing keeps calls inside Buildium's sliding second");
        // 200 calls at 10 per 1.05 s need about 21 s; the upper bound only guards against a stall.
        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(19));
        watch.Elapsed.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task The_time_calls_wait_for_the_rate_limiter_is_counted_when_they_queue_and_not_when_they_come_slower()
    {
        await using var t = await BuildiumTestHost.StartAsync(client: c => c.TotalTimeout = TimeSpan.FromSeconds(60));
        var ids = t.Emulator.Store.GetIds("rentals");
        var calls = t.Services.GetRequiredService<BuildiumCallCounter>();
        // One call, then the limiter's bucket refills: calls 400 ms apart never wait for a permit.
        await t.Client.Rentals.GetAsync(ids[0]);
        for (var i = 1; i <= 4; i++)
        {
            await Task.Delay(400);
            await t.Client.Rentals.GetAsync(ids[i % ids.Count]);
        }

        var slow = calls.LimiterBound;
        slow.ShouldBeLessThan(TimeSpan.FromMilliseconds(100), "calls slower than the limit leave the limiter idle");

        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => t.Client.Rentals.GetAsync(ids[i % ids.Count])));
        watch.Stop();

        // 30 calls at 10 per second take about 3 s, nearly all of it with some call queued for a permit.
        var queued = calls.LimiterBound - slow;
        queued.ShouldBeGreaterThan(watch.Elapsed * 0.8);
        queued.ShouldBeLessThanOrEqualTo(watch.Elapsed);
    }
}
