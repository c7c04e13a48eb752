using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace PropertyManager.Bench.Infrastructure;

/// <summary>
/// The Buildium emulator as a process of its own (its seeded store is a few hundred MB that must not count against
/// the sync's working set), with its admin endpoint: stats, rate limit, ids, and changes "as a UI user".
/// </summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _admin;
    private readonly Task _pumps;

    private EmulatorProcess(Process process, Uri baseAddress, string clientId, string clientSecret)
    {
        _process = process;
        BaseAddress = baseAddress;
        ClientId = clientId;
        ClientSecret = clientSecret;
        _admin = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        _admin.DefaultRequestHeaders.Add("x-buildium-client-id", clientId);
        _admin.DefaultRequestHeaders.Add("x-buildium-client-secret", clientSecret);
        // Its log is not wanted, but an undrained pipe would eventually block the emulator.
        _pumps = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    public Uri BaseAddress { get; }
    public string ClientId { get; }
    public string ClientSecret { get; }
    public int ProcessId => _process.Id;

    public static async Task<EmulatorProcess> StartAsync(string dllPath, string seedSize, bool rateLimit, CancellationToken cancellationToken)
    {
        if (!File.Exists(dllPath))
        {
            throw new FileNotFoundException($"No emulator at {dllPath}; build the bench (it copies the emulator next to itself) or pass --emulator.", dllPath);
        }

        var port = FreePort();
        var clientId = "pm-bench";
        var secret = "sk-bench-" + Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dllPath)!,
        };
        foreach (var arg in (string[])[dllPath, "--urls", $"http://127.0.0.1:{port}", "--seed-size", seedSize, "--client-id", clientId, "--client-secret", secret])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Emulator__RateLimit__Enabled"] = rateLimit ? "true" : "false";
        // Per-request logging would cost the emulator CPU that the sync shares on two cores.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the emulator.");
        var emulator = new EmulatorProcess(process, new Uri($"http://127.0.0.1:{port}/"), clientId, secret);
        await emulator.WaitUntilReadyAsync(cancellationToken);
        return emulator;
    }

    public Task<EmulatorStatsSnapshot> StatsAsync(CancellationToken cancellationToken) =>
        GetAsync<EmulatorStatsSnapshot>("_emulator/stats", cancellationToken);

    public async Task ResetStatsAsync(CancellationToken cancellationToken)
    {
        using var response = await _admin.DeleteAsync(new Uri("_emulator/stats", UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Buildium's documented limit (10 in flight, 10 per second) on or off.</summary>
    public Task SetRateLimitAsync(bool enabled, CancellationToken cancellationToken) =>
        SetRateLimitAsync(enabled, BenchContext.DocumentedRequestsPerSecond, cancellationToken);

    public async Task SetRateLimitAsync(bool enabled, int requestsPerSecond, CancellationToken cancellationToken)
    {
        using var response = await _admin.PutAsJsonAsync(
            new Uri("_emulator/ratelimit", UriKind.Relative), new { Enabled = enabled, MaxConcurrent = 10, RequestsPerSecond = requestsPerSecond }, BenchJson.Options, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public Task<List<int>> IdsAsync(string kind, CancellationToken cancellationToken) =>
        GetAsync<List<int>>($"_emulator/{kind}", cancellationToken);

    public Task<Dictionary<string, int>> CountsAsync(CancellationToken cancellationToken) =>
        GetAsync<Dictionary<string, int>>("_emulator/kinds", cancellationToken);

    /// <summary>A JSON merge into one record, as a user editing it in Buildium's UI (its last-updated time moves).</summary>
    public async Task PatchAsync(string kind, int id, JsonObject changes, CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(changes, options: BenchJson.Options);
        using var response = await _admin.PatchAsync(new Uri($"_emulator/{kind}/{id}", UriKind.Relative), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"PATCH {kind}/{id} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    /// <summary>A record as the API returns it, read through the admin endpoint (not counted as an API call).</summary>
    public Task<JsonObject> RecordAsync(string kind, int id, CancellationToken cancellationToken) =>
        GetAsync<JsonObject>($"_emulator/{kind}/{id}", cancellationToken);

    /// <summary>An API GET (counted, so before the stats are reset), e.g. a filtered list.</summary>
    public Task<JsonArray> ApiListAsync(string pathAndQuery, CancellationToken cancellationToken) =>
        GetAsync<JsonArray>(pathAndQuery, cancellationToken);

    /// <summary>An API POST, as Buildium's UI would make the same change (e.g. a bill payment).</summary>
    public async Task<JsonObject> ApiPostAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await _admin.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, BenchJson.Options, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonObject>(BenchJson.Options, cancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _pumps;
        _process.Dispose();
    }

    private async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        await _admin.GetFromJsonAsync<T>(new Uri(path, UriKind.Relative), BenchJson.Options, cancellationToken)
        ?? throw new InvalidOperationException($"GET {path} returned nothing.");

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        // Seeding the large portfolio takes a while; the admin endpoint answers once the store is ready.
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The emulator exited ({_process.ExitCode}) while starting.");
            }

            try
            {
                using var response = await _admin.GetAsync(new Uri("_emulator/kinds", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException("The emulator did not answer within 3 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
