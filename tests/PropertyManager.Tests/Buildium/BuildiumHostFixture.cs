using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PropertyManager.Buildium.Client;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data;
using PropertyManager.Sync;
using PropertyManager.Sync.Runs;

namespace PropertyManager.Tests.Buildium;

/// <summary>
/// The production Buildium wiring (<c>AddBuildium</c>: client, PostgreSQL call log and cache) pointed at an
/// emulator on loopback, over a test database.
/// </summary>
public sealed class BuildiumHostFixture : IAsyncDisposable
{
    private readonly bool _ownsEmulator;

    private BuildiumHostFixture(BuildiumEmulatorHost emulator, IHost host, string clientSecret, bool ownsEmulator = true)
    {
        _ownsEmulator = ownsEmulator;
        Emulator = emulator;
        Host = host;
        ClientSecret = clientSecret;
    }

    public BuildiumEmulatorHost Emulator { get; }
    public IHost Host { get; }
    public string ClientSecret { get; }
    public BuildiumClient Client => Host.Services.GetRequiredService<BuildiumClient>();

    public async Task<IReadOnlyList<PropertyManager.Sync.Reconcile.KindReconciliation>> ReconcileAsync(string? kind = null)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PropertyManager.Sync.Reconcile.Reconciler>().ReconcileAsync(kind, CancellationToken.None);
    }

    /// <summary>One sync run in a scope of its own, as the worker and the CLI run it.</summary>
    public async Task<SyncRunReport> SyncAsync(SyncRequest? request = null, SyncProgress? progress = null, CancellationToken cancellationToken = default)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(request ?? new SyncRequest("test"), progress, cancellationToken);
    }

    /// <summary>One push of the outbox in a scope of its own, as a sync run does before it pulls.</summary>
    public async Task<PropertyManager.Sync.Push.PushReport> PushAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PropertyManager.Sync.Push.PushRunner>().PushAsync(cancellationToken);
    }

    public async Task ReapplyLocalAsync(Guid conflictId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PropertyManager.Sync.Conflicts.ConflictService>().ReapplyLocalAsync(conflictId);
    }

    /// <param name="settings">Configuration on top of the test defaults (e.g. <c>Buildium:PageSize</c>).</param>
    /// <param name="sharedEmulator">
    /// Another fixture's emulator, for a second app instance talking to the same Buildium; it stays with its owner.
    /// </param>
    /// <param name="configure">More services, e.g. the app's Serilog pipeline with a capturing sink.</param>
    public static async Task<BuildiumHostFixture> StartAsync(
        string connectionString, Action<EmulatorOptions>? emulator = null, TimeSpan? workerInterval = null, IDictionary<string, string?>? settings = null,
        BuildiumEmulatorHost? sharedEmulator = null, Action<HostApplicationBuilder>? configure = null)
    {
        var clientId = sharedEmulator?.Options.ClientId ?? "pm-test-" + Guid.NewGuid().ToString("N")[..8];
        var secret = sharedEmulator?.Options.ClientSecret ?? "sk-" + Guid.NewGuid().ToString("N");
        var emulatorHost = sharedEmulator;
        if (emulatorHost is null)
        {
            // Rate limits are the client tests' subject; here they would only make every run take ten seconds.
            var emulatorOptions = new EmulatorOptions { ClientId = clientId, ClientSecret = secret, SeedSize = "demo" };
            emulatorOptions.RateLimit.Enabled = false;
            emulator?.Invoke(emulatorOptions);
            emulatorHost = await BuildiumEmulatorHost.StartAsync(emulatorOptions);
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Buildium:BaseUrl"] = emulatorHost.BaseAddress.ToString(),
            ["Buildium:ClientId"] = clientId,
            ["Buildium:ClientSecret"] = secret,
            ["Buildium:Retry:BaseDelay"] = "00:00:00.050",
            ["Buildium:ApiLog:BatchSize"] = "50",
            ["Buildium:RequestsPerSecond"] = "1000",
            // Failed pushes are retried at once here; back-off timing is not what these tests are about.
            ["Sync:Push:RetryBaseDelay"] = "00:00:00",
            // The scheduled worker only where a test asks for it; elsewhere tests run syncs themselves.
            ["Sync:Enabled"] = workerInterval is null ? "false" : "true",
            ["Sync:Interval"] = (workerInterval ?? TimeSpan.FromMinutes(5)).ToString(),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddDbContext<AppDbContext>(o => AppDbContextOptions.Configure(o, connectionString));
        builder.AddBuildium();
        builder.AddSyncEngine();
        configure?.Invoke(builder);
        var host = builder.Build();
        await host.StartAsync();
        return new BuildiumHostFixture(emulatorHost, host, secret, ownsEmulator: sharedEmulator is null);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        if (_ownsEmulator)
        {
            await Emulator.DisposeAsync();
        }
    }
}
