using Microsoft.EntityFrameworkCore;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Webhooks;

namespace PropertyManager.Tests.Web.Pages.Admin;

/// <summary>
/// The sync console's world, shared by one test class: a database, an emulator on loopback (no rate limit) and the
/// web app on Kestrel with the background sync worker on. Ready once the worker's first run (the demo portfolio) ended,
/// or, for a test that watches that run, as soon as it is serving.
/// </summary>
public class SyncConsoleApp : IAsyncLifetime
{
    private readonly bool _waitForFirstRun;
    private readonly Action<BuildiumEmulatorHost>? _beforeAppStarts;

    public SyncConsoleApp()
        : this(waitForFirstRun: true, beforeAppStarts: null)
    {
    }

    protected SyncConsoleApp(bool waitForFirstRun, Action<BuildiumEmulatorHost>? beforeAppStarts)
    {
        _waitForFirstRun = waitForFirstRun;
        _beforeAppStarts = beforeAppStarts;
    }

    private BuildiumEmulatorHost? _emulator;
    private WebhookAppFactory? _factory;

    public TestDatabase Database { get; } = new();
    public BuildiumEmulatorHost Emulator => _emulator ?? throw new InvalidOperationException("Not started.");
    public Uri BaseAddress => _factory?.ClientOptions.BaseAddress ?? throw new InvalidOperationException("Not started.");
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        var emulatorOptions = new EmulatorOptions { ClientId = "pm-admin", ClientSecret = "sk-" + Guid.NewGuid().ToString("N"), SeedSize = "demo" };
        emulatorOptions.RateLimit.Enabled = false;
        _emulator = await BuildiumEmulatorHost.StartAsync(emulatorOptions);
        _beforeAppStarts?.Invoke(_emulator);
        _factory = new WebhookAppFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = Database.ConnectionString,
            ["Sync:Enabled"] = "true",
            // One scheduled run at start; after that only the runs the tests ask for.
            ["Sync:Interval"] = "02:00:00",
            ["Webhooks:ProcessorEnabled"] = "false",
            ["Buildium:BaseUrl"] = _emulator.BaseAddress.ToString(),
            ["Buildium:ClientId"] = emulatorOptions.ClientId,
            ["Buildium:ClientSecret"] = emulatorOptions.ClientSecret,
            ["Buildium:RequestsPerSecond"] = "1000",
            ["Buildium:Retry:BaseDelay"] = "00:00:00.010",
            ["Buildium:WebhookSecret"] = "whsec-admin-tests",
            // A class of browser tests signs a new user in per test; the login limiter has tests of its own.
            ["Security:LoginAttemptsPerMinute"] = "10000",
        });
        _factory.StartServer();
        if (!_waitForFirstRun)
        {
            return;
        }

        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            await using var db = Database.CreateContext();
            if (await db.SyncRuns.AnyAsync(r => r.Trigger == "schedule" && r.FinishedAt != null))
            {
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The worker's first sync run did not finish within two minutes.");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>A signed-in admin's browser-like client: cookies, no automatic redirects so tests see them.</summary>
    public Task<HttpClient> CreateAdminClientAsync() =>
        TestUsers.SignedInClientAsync(_factory!.Services, BaseAddress, Roles.Admin);

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}
