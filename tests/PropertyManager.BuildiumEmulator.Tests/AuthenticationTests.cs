using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

public sealed class AuthenticationTests
{
    [Theory]
    [InlineData("/v1/rentals")]
    [InlineData("/v1/bills/200000")]
    [InlineData("/v1/no-such-path")]
    [InlineData("/_emulator/stats")]
    public async Task Requests_without_credentials_get_401_with_buildium_error_body(string path)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client(authenticated: false);

        using var response = await client.GetAsync(path);

        (await response.ShouldBeBuildiumErrorAsync(401)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Wrong_secret_or_wrong_id_gets_401()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client(authenticated: false);

        foreach (var (id, secret) in new[] { ("emulator-client-id", "wrong"), ("wrong", "emulator-client-secret"), ("emulator-client-id", "") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/rentals");
            request.Headers.Add("x-buildium-client-id", id);
            request.Headers.Add("x-buildium-client-secret", secret);
            using var response = await client.SendAsync(request);
            await response.ShouldBeBuildiumErrorAsync(401);
        }
    }

    [Fact]
    public async Task Configured_credentials_replace_the_defaults()
    {
        await using var emulator = await TestEmulator.StartAsync(o => (o.ClientId, o.ClientSecret) = ("my-id", "my-secret"));
        using var client = emulator.Client();
        using var defaults = new HttpClient { BaseAddress = emulator.BaseAddress };
        defaults.DefaultRequestHeaders.Add("x-buildium-client-id", "emulator-client-id");
        defaults.DefaultRequestHeaders.Add("x-buildium-client-secret", "emulator-client-secret");

        (await client.GetAsync("/v1/rentals")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        await (await defaults.GetAsync("/v1/rentals")).ShouldBeBuildiumErrorAsync(401);
    }
}
