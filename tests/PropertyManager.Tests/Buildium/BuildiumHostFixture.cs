using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PropertyManager.Buildium.Client;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data;
using PropertyManager.Sync;

namespace PropertyManager.Tests.Buildium;

/// <summary>
/// The production Buildium wiring (<c>AddBuildium</c>: client, PostgreSQL call log and cache) pointed at an
/// emulator on loopback, over a test database.
/// </summary>
public sealed class BuildiumHostFixture : IAsyncDisposable
{
    private BuildiumHostFixture(BuildiumEmulatorHost emulator, IHost host, string clientSecret)
    {
        Emulator = emulator;
        Host = host;
        ClientSecret = clientSecret;
    }

    public BuildiumEmulatorHost Emulator { get; }
    public IHost Host { get; }
    public string ClientSecret { get; }
    public BuildiumClient Client => Host.Services.GetRequiredService<BuildiumClient>();

    public static async Task<BuildiumHostFixture> StartAsync(string connectionString, Action<EmulatorOptions>? emulator = null)
    {
        var clientId = "pm-test-" + Guid.NewGuid().ToString("N")[..8];
        var secret = "sk-" + Guid.NewGuid().ToString("N");
        var emulatorOptions = new EmulatorOptions { ClientId = clientId, ClientSecret = secret, SeedSize = "demo" };
        emulator?.Invoke(emulatorOptions);
        var emulatorHost = await BuildiumEmulatorHost.StartAsync(emulatorOptions);

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Buildium:BaseUrl"] = emulatorHost.BaseAddress.ToString(),
            ["Buildium:ClientId"] = clientId,
            ["Buildium:ClientSecret"] = secret,
            ["Buildium:Retry:BaseDelay"] = "00:00:00.050",
            ["Buildium:ApiLog:BatchSize"] = "50",
        });
        builder.Services.AddDbContext<AppDbContext>(o => AppDbContextOptions.Configure(o, connectionString));
        builder.AddBuildium();
        var host = builder.Build();
        await host.StartAsync();
        return new BuildiumHostFixture(emulatorHost, host, secret);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Emulator.DisposeAsync();
    }
}
