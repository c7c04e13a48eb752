using System.Diagnostics;
using System.Net;
using System.Text.Json;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

public sealed class FaultInjectionTests
{
    [Theory]
    [InlineData(FaultKind.TooManyRequests, 429)]
    [InlineData(FaultKind.InternalServerError, 500)]
    [InlineData(FaultKind.ServiceUnavailable, 503)]
    public async Task Status_faults_hit_exactly_the_next_n_requests(FaultKind kind, int status)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        emulator.Faults.InjectNext(kind, count: 2);

        await (await client.GetAsync("/v1/rentals")).ShouldBeBuildiumErrorAsync(status);
        await (await client.GetAsync("/v1/vendors")).ShouldBeBuildiumErrorAsync(status);
        (await client.GetAsync("/v1/rentals")).StatusCode.ShouldBe(HttpStatusCode.OK);
        emulator.Stats.FaultsInjected.ShouldBe(2);
        emulator.Faults.Current.Rules.ShouldBeEmpty();
    }

    [Fact]
    public async Task Faults_can_target_a_method_and_path_prefix()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        emulator.Faults.InjectNext(FaultKind.ServiceUnavailable, count: 1, method: "POST", pathPrefix: "/v1/bills");

        (await client.GetAsync("/v1/bills")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsync("/v1/vendors/categories", TestEmulator.Json(new { Name = "Unaffected" }))).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await client.PostAsync("/v1/bills", TestEmulator.Json(new { }))).ShouldBeBuildiumErrorAsync(503);
        await (await client.PostAsync("/v1/bills", TestEmulator.Json(new { }))).ShouldBeBuildiumErrorAsync(400);
    }

    [Fact]
    public async Task Latency_delays_the_response()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        emulator.Faults.InjectNext(FaultKind.Latency, count: 1, latencyMs: 300);

        var watch = Stopwatch.StartNew();
        (await client.GetAsync("/v1/rentals")).StatusCode.ShouldBe(HttpStatusCode.OK);
        watch.ElapsedMilliseconds.ShouldBeGreaterThanOrEqualTo(290);
    }

    [Fact]
    public async Task Timeout_hangs_then_aborts_the_connection()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Faults.TimeoutMs = 200);
        using var client = emulator.Client();
        emulator.Faults.InjectNext(FaultKind.Timeout);

        await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync("/v1/rentals"));
        (await client.GetAsync("/v1/rentals")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Timeout_lets_a_client_time_out_first()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Faults.TimeoutMs = 10_000);
        using var client = emulator.Client();
        client.Timeout = TimeSpan.FromMilliseconds(300);
        emulator.Faults.InjectNext(FaultKind.Timeout);

        await Should.ThrowAsync<TaskCanceledException>(() => client.GetAsync("/v1/rentals"));
    }

    [Fact]
    public async Task Dropped_connection_fails_the_request()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        emulator.Faults.InjectNext(FaultKind.DropConnection);

        await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync("/v1/rentals"));
    }

    [Fact]
    public async Task Malformed_json_answers_200_with_a_truncated_body()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        emulator.Faults.InjectNext(FaultKind.MalformedJson);

        using var response = await client.GetAsync("/v1/rentals");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldStartWith("[{\"Id\":");
        Should.Throw<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task Rates_are_probabilistic_but_repeatable_with_the_seed()
    {
        async Task<List<HttpStatusCode>> RunAsync()
        {
            await using var emulator = await TestEmulator.StartAsync(o => o.Faults = new EmulatorFaultOptions { RandomSeed = 7, Rules = [new FaultRule { Kind = FaultKind.InternalServerError, Rate = 0.5 }] });
            using var client = emulator.Client();
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 20; i++)
            {
                using var response = await client.GetAsync("/v1/vendors/categories");
                statuses.Add(response.StatusCode);
            }

            return statuses;
        }

        var first = await RunAsync();
        first.ShouldContain(HttpStatusCode.OK);
        first.ShouldContain(HttpStatusCode.InternalServerError);
        (await RunAsync()).ShouldBe(first);
    }

    [Fact]
    public async Task Global_error_rates_apply_to_every_api_request()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Faults.ServiceUnavailableRate = 1.0);
        using var client = emulator.Client();

        await (await client.GetAsync("/v1/rentals")).ShouldBeBuildiumErrorAsync(503);
        await (await client.GetAsync("/v1/bills/200000")).ShouldBeBuildiumErrorAsync(503);
        (await client.GetJsonAsync("/_emulator/faults"))["ServiceUnavailableRate"]!.GetValue<double>().ShouldBe(1.0);

        emulator.Faults.Clear();
        (await client.GetAsync("/v1/rentals")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Faults_are_set_through_the_admin_endpoint_and_never_hit_admin_requests()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var put = await client.PutAsync("/_emulator/faults", TestEmulator.Json("""{"Rules":[{"Kind":"ServiceUnavailable","Count":1,"PathPrefix":"/v1/leases"}]}"""));
        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetJsonAsync("/_emulator/faults"))["Rules"]![0]!["Kind"]!.GetValue<string>().ShouldBe("ServiceUnavailable");

        await (await client.GetAsync("/v1/leases")).ShouldBeBuildiumErrorAsync(503);
        (await client.GetAsync("/v1/leases")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var add = await client.PostAsync("/_emulator/faults/rules", TestEmulator.Json("""{"Kind":"InternalServerError"}"""));
        (await client.GetAsync("/_emulator/stats")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await client.GetAsync("/v1/leases")).ShouldBeBuildiumErrorAsync(500);
        (await client.DeleteAsync("/_emulator/faults")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/v1/leases")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
