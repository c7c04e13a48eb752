using System.Net;
using PropertyManager.Buildium.Errors;
using PropertyManager.Buildium.Tests.Infrastructure;
using PropertyManager.Buildium.Vendors;
using PropertyManager.BuildiumEmulator;

namespace PropertyManager.Buildium.Tests;

public sealed class ResilienceTests
{
    private const string Categories = "/v1/vendors/categories";

    [Fact]
    public async Task A_429_storm_is_absorbed_by_retries_within_the_limits()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var ids = t.Emulator.Store.GetIds("rentals");
        t.Emulator.Faults.InjectNext(FaultKind.TooManyRequests, count: 30, method: "GET", pathPrefix: "/v1/rentals");

        var rentals = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => t.Client.Rentals.GetAsync(ids[i % ids.Count])));

        rentals.Length.ShouldBe(20);
        t.Emulator.Stats.FaultsInjected.ShouldBe(30);
        t.Emulator.Stats.MaxConcurrentObserved.ShouldBeLessThanOrEqualTo(10);
        await t.StopAsync();
        // Every 429 the emulator sent (injected, or from its own limiter) was one logged, retried attempt.
        t.Sink.Calls.Count(c => c.ResponseStatus == 429).ShouldBe((int)(t.Emulator.Stats.FaultsInjected + t.Emulator.Stats.RateLimitedCount));
        t.Sink.Calls.Count(c => c.ResponseStatus == 200).ShouldBe(20);
    }

    [Fact]
    public async Task Server_errors_on_a_get_are_retried_and_every_attempt_is_logged()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var id = t.Emulator.Store.GetIds("rentals")[0];
        t.Emulator.Faults.InjectNext(FaultKind.InternalServerError, count: 1, method: "GET", pathPrefix: "/v1/rentals");
        t.Emulator.Faults.InjectNext(FaultKind.ServiceUnavailable, count: 1, method: "GET", pathPrefix: "/v1/rentals");

        var rental = await t.Client.Rentals.GetAsync(id);

        rental.Id.ShouldBe(id);
        t.Emulator.Stats.CountFor("GET", $"/v1/rentals/{id}").ShouldBe(3);
        var attempts = await t.Sink.WaitForAsync(c => c.Endpoint == $"/v1/rentals/{id}", 3);
        attempts.Select(c => c.ResponseStatus).ShouldBe([500, 503, 200]);
    }

    [Fact]
    public async Task A_503_on_post_is_retried_because_it_was_not_processed()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var before = t.Emulator.Store.Count("vendorcategories");
        t.Emulator.Faults.InjectNext(FaultKind.ServiceUnavailable, count: 1, method: "POST", pathPrefix: Categories);

        var created = await t.Client.VendorCategories.CreateAsync(new VendorCategorySaveMessage { Name = "Retried after 503" });

        created.Name.ShouldBe("Retried after 503");
        t.Emulator.Stats.CountFor("POST", Categories).ShouldBe(2);
        t.Emulator.Store.Count("vendorcategories").ShouldBe(before + 1);
    }

    [Fact]
    public async Task A_500_on_post_is_not_retried()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        t.Emulator.Faults.InjectNext(FaultKind.InternalServerError, count: 1, method: "POST", pathPrefix: Categories);

        var error = await Should.ThrowAsync<BuildiumApiException>(
            () => t.Client.VendorCategories.CreateAsync(new VendorCategorySaveMessage { Name = "Not retried" }));

        error.Kind.ShouldBe(BuildiumErrorKind.ServerError);
        error.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        t.Emulator.Stats.CountFor("POST", Categories).ShouldBe(1);
    }

    [Theory]
    [InlineData(FaultKind.Timeout)]
    [InlineData(FaultKind.DropConnection)]
    public async Task A_post_without_an_answer_is_outcome_unknown_and_sent_exactly_once(FaultKind fault)
    {
        await using var t = await BuildiumTestHost.StartAsync(client: c => c.Timeout = TimeSpan.FromSeconds(1));
        t.Emulator.Faults.Set(new EmulatorFaultOptions { TimeoutMs = 5_000 });
        t.Emulator.Faults.InjectNext(fault, count: 1, method: "POST", pathPrefix: Categories);

        var error = await Should.ThrowAsync<BuildiumOutcomeUnknownException>(
            () => t.Client.VendorCategories.CreateAsync(new VendorCategorySaveMessage { Name = "Maybe created" }));

        error.Method.ShouldBe("POST");
        error.Endpoint.ShouldBe(Categories);
        t.Emulator.Stats.CountFor("POST", Categories).ShouldBe(1);
        var attempts = await t.Sink.WaitForAsync(c => c.Method == "POST", 1);
        attempts.Count.ShouldBe(1);
        attempts[0].ErrorMessage.ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [InlineData(FaultKind.Timeout)]
    [InlineData(FaultKind.DropConnection)]
    public async Task A_get_without_an_answer_is_retried(FaultKind fault)
    {
        await using var t = await BuildiumTestHost.StartAsync(client: c => c.Timeout = TimeSpan.FromSeconds(1));
        t.Emulator.Faults.Set(new EmulatorFaultOptions { TimeoutMs = 5_000 });
        var id = t.Emulator.Store.GetIds("rentals")[0];
        t.Emulator.Faults.InjectNext(fault, count: 1, method: "GET", pathPrefix: "/v1/rentals");

        var rental = await t.Client.Rentals.GetAsync(id);

        rental.Id.ShouldBe(id);
        t.Emulator.Stats.CountFor("GET", $"/v1/rentals/{id}").ShouldBe(2);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_even_for_post_and_reported_as_unavailable()
    {
        await using var t = await BuildiumTestHost.StartAsync(client: c =>
        {
            c.BaseUrl = "http://127.0.0.1:9/";
            c.Retry.MaxRetryAttempts = 2;
        });

        var error = await Should.ThrowAsync<BuildiumUnavailableException>(
            () => t.Client.VendorCategories.CreateAsync(new VendorCategorySaveMessage { Name = "Never sent" }));

        error.StatusCode.ShouldBeNull();
        (await t.Sink.WaitForAsync(c => c.Method == "POST", 3)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_stops_calling_buildium()
    {
        await using var t = await BuildiumTestHost.StartAsync(client: c =>
        {
            c.CircuitBreaker.MinimumThroughput = 4;
            c.CircuitBreaker.FailureRatio = 0.5;
            c.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
        });
        var id = t.Emulator.Store.GetIds("rentals")[0];
        t.Emulator.Faults.InjectNext(FaultKind.InternalServerError, count: 100, method: "GET", pathPrefix: "/v1/rentals");

        var first = await Should.ThrowAsync<BuildiumUnavailableException>(() => t.Client.Rentals.GetAsync(id));
        var sentBeforeOpen = t.Emulator.Stats.CountFor("GET", $"/v1/rentals/{id}");
        var second = await Should.ThrowAsync<BuildiumUnavailableException>(() => t.Client.Rentals.GetAsync(id));

        first.Message.ShouldContain("circuit");
        second.Message.ShouldContain("circuit");
        sentBeforeOpen.ShouldBe(4);
        t.Emulator.Stats.CountFor("GET", $"/v1/rentals/{id}").ShouldBe(sentBeforeOpen);
    }
}
