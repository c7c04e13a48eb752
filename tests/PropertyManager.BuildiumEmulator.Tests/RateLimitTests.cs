using System.Net;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task More_than_ten_requests_in_flight_get_429()
    {
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.RateLimit = new EmulatorRateLimitOptions { Enabled = true, MaxConcurrent = 10, RequestsPerSecond = 1_000 };
            o.Faults.LatencyMs = 1_000; // Holds each request in flight long enough to overlap.
        });
        using var client = emulator.Client();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            using var response = await client.GetAsync("/v1/rentals");
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await response.ShouldBeBuildiumErrorAsync(429);
            }

            return response.StatusCode;
        }));

        statuses.Count(s => s == HttpStatusCode.OK).ShouldBeLessThanOrEqualTo(10);
        statuses.Count(s => s == HttpStatusCode.TooManyRequests).ShouldBeGreaterThanOrEqualTo(6);
        emulator.Stats.RateLimitedCount.ShouldBe(statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        emulator.Stats.MaxConcurrentObserved.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task More_than_ten_requests_within_a_second_get_429()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RateLimit = new EmulatorRateLimitOptions { Enabled = true, MaxConcurrent = 100, RequestsPerSecond = 10 });
        using var client = emulator.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 15; i++)
        {
            using var response = await client.GetAsync("/v1/vendors/categories");
            statuses.Add(response.StatusCode);
        }

        // Sequential loopback requests take far less than a second, so the window admits at most ten.
        statuses.Take(10).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Count(s => s == HttpStatusCode.TooManyRequests).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task No_429_when_the_rate_limit_is_disabled()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Faults.LatencyMs = 800);
        using var client = emulator.Client();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 25).Select(async _ =>
        {
            using var response = await client.GetAsync("/v1/rentals");
            return response.StatusCode;
        }));

        statuses.ShouldAllBe(s => s == HttpStatusCode.OK);
        emulator.Stats.RateLimitedCount.ShouldBe(0);
        emulator.Stats.MaxConcurrentObserved.ShouldBeGreaterThan(10);
        emulator.Stats.TotalRequests.ShouldBe(25);
        emulator.Stats.CountFor("GET", "/v1/rentals").ShouldBe(25);
    }

    [Fact]
    public async Task Rate_limit_can_be_switched_at_run_time_through_the_admin_endpoint()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RateLimit = new EmulatorRateLimitOptions { Enabled = true, MaxConcurrent = 10, RequestsPerSecond = 1 });
        using var client = emulator.Client();
        (await client.GetAsync("/v1/rentals")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/v1/rentals")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        using var put = await client.PutAsync("/_emulator/ratelimit", TestEmulator.Json(new { Enabled = false, MaxConcurrent = 10, RequestsPerSecond = 10 }));
        put.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.GetAsync("/v1/rentals")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetJsonAsync("/_emulator/ratelimit"))["Enabled"]!.GetValue<bool>().ShouldBeFalse();
    }
}
