using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Webhooks;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Webhooks;

/// <summary>
/// One test's world: a database of its own, an emulator on loopback (no rate limit), and the web app on Kestrel
/// talking to both, with known webhook secrets. The background processor is off: tests run batches themselves.
/// </summary>
public sealed class WebhookTestApp : IAsyncDisposable
{
    public const string Secret = "whsec-current-0f1e2d3c4b5a";
    public const string PreviousSecret = "whsec-previous-a5b4c3d2e1f0";
    public const int MaxRetries = 3;

    private WebhookTestApp(TestDatabase database, BuildiumEmulatorHost emulator, WebhookAppFactory factory)
    {
        Database = database;
        Emulator = emulator;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public TestDatabase Database { get; }
    public BuildiumEmulatorHost Emulator { get; }
    public WebhookAppFactory Factory { get; }
    public HttpClient Client { get; }

    public static async Task<WebhookTestApp> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var database = new TestDatabase();
        await database.InitializeAsync();
        var emulatorOptions = new EmulatorOptions { ClientId = "pm-webhooks", ClientSecret = "sk-" + Guid.NewGuid().ToString("N"), SeedSize = "demo" };
        emulatorOptions.RateLimit.Enabled = false;
        var emulator = await BuildiumEmulatorHost.StartAsync(emulatorOptions);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Sync:Enabled"] = "false",
            ["Webhooks:ProcessorEnabled"] = "false",
            // A failed event is not due again within a test unless the test moves its last attempt back.
            ["Webhooks:RetryBaseDelay"] = "00:10:00",
            ["Buildium:BaseUrl"] = emulator.BaseAddress.ToString(),
            ["Buildium:ClientId"] = emulatorOptions.ClientId,
            ["Buildium:ClientSecret"] = emulatorOptions.ClientSecret,
            ["Buildium:RequestsPerSecond"] = "1000",
            ["Buildium:Retry:MaxRetryAttempts"] = "0",
            ["Buildium:Retry:BaseDelay"] = "00:00:00.010",
            ["Buildium:WebhookSecret"] = Secret,
            ["Buildium:PreviousWebhookSecret"] = PreviousSecret,
            ["Buildium:WebhookMaxBodyBytes"] = "4096",
            ["Buildium:WebhookMaxRetries"] = MaxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        configure?.Invoke(settings);
        var factory = new WebhookAppFactory(settings);
        factory.StartServer();
        return new WebhookTestApp(database, emulator, factory);
    }

    public async Task<HttpResponseMessage> PostAsync(string body, string? secret = Secret, DateTimeOffset? sentAt = null, string? signedBody = null)
    {
        using var request = SignedWebhook.Request(body, secret, sentAt, signedBody);
        return await Client.SendAsync(request);
    }

    /// <summary>One batch, in a scope of its own, as the background worker runs it.</summary>
    public async Task<WebhookBatchResult> ProcessAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WebhookEventProcessor>().ProcessBatchAsync(CancellationToken.None);
    }

    public async Task<List<BuildiumWebhookEvent>> EventsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.WebhookEvents.AsNoTracking().OrderBy(e => e.CreatedAt).ToListAsync();
    }

    /// <summary>Makes failed events due now, as if their back-off had passed.</summary>
    public Task<int> ExpireBackOffAsync() =>
        Database.ExecuteSqlAsync("UPDATE buildium_webhook_events SET updated_at = now() - interval '1 day' WHERE processed = false");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Emulator.DisposeAsync();
        await Database.DisposeAsync();
    }
}
