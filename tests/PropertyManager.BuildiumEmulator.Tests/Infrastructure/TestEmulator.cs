using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PropertyManager.BuildiumEmulator.Tests.Infrastructure;

/// <summary>Starts emulators on a free loopback port and talks to them over real HTTP.</summary>
public static class TestEmulator
{
    /// <summary>Starts a demo-seeded emulator; the rate limit is off unless a test turns it on.</summary>
    public static Task<BuildiumEmulatorHost> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { SeedSize = "demo", Seed = 42 };
        options.RateLimit.Enabled = false;
        configure?.Invoke(options);
        return BuildiumEmulatorHost.StartAsync(options);
    }

    public static HttpClient Client(this BuildiumEmulatorHost host, bool authenticated = true)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (authenticated)
        {
            client.DefaultRequestHeaders.Add("x-buildium-client-id", host.Options.ClientId);
            client.DefaultRequestHeaders.Add("x-buildium-client-secret", host.Options.ClientSecret);
        }

        return client;
    }

    public static StringContent Json(object body) => new(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body.");

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, $"GET {path}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonArray> GetArrayAsync(this HttpClient client, string path) => (await client.GetJsonAsync(path)).AsArray();

    public static async Task<int> TotalCountAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, $"GET {path}: {await response.Content.ReadAsStringAsync()}");
        return int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, object body, string contentType = "application/json")
    {
        var content = Json(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var request = new HttpRequestMessage(method, path) { Content = content };
        return await client.SendAsync(request);
    }

    /// <summary>Asserts Buildium's error body: {"UserMessage":"...","ErrorCode":null,"Errors":[...]}.</summary>
    public static async Task<JsonArray> ShouldBeBuildiumErrorAsync(this HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(status, text);
        var body = JsonNode.Parse(text)!.AsObject();
        body.Select(p => p.Key).ShouldBe(["UserMessage", "ErrorCode", "Errors"]);
        body["UserMessage"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        body["ErrorCode"].ShouldBeNull();
        return body["Errors"]!.AsArray();
    }

    public static IEnumerable<string> Keys(this JsonArray errors) => errors.Select(e => e!["Key"]!.GetValue<string>());

    public static int Id(this JsonNode node) => node["Id"]!.GetValue<int>();

    /// <summary>A valid Buildium SaveAddressMessage.</summary>
    public static object Address(string line1 = "1 Main Street") =>
        new { AddressLine1 = line1, City = "Boston", State = "Massachusetts", PostalCode = "02110", Country = "UnitedStates" };
}
