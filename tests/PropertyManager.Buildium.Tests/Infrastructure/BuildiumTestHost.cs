using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PropertyManager.Buildium.ApiLog;
using PropertyManager.Buildium.Caching;
using PropertyManager.Buildium.Client;
using PropertyManager.BuildiumEmulator;

namespace PropertyManager.Buildium.Tests.Infrastructure;

/// <summary>
/// An emulator on a loopback port plus a host wired exactly as production (<c>AddBuildiumClient</c>,
/// the hosted log writer), with an in-memory log sink and cache. Each instance uses its own client id,
/// so the process-wide limiter of one test never slows another.
/// </summary>
public sealed class BuildiumTestHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private BuildiumTestHost(BuildiumEmulatorHost emulator, IHost host, CollectingApiLogSink sink, InMemoryResponseCache cache, CapturingLoggerProvider logs, string clientId)
    {
        Emulator = emulator;
        _host = host;
        Sink = sink;
        Cache = cache;
        Logs = logs;
        ClientId = clientId;
    }

    public BuildiumEmulatorHost Emulator { get; }

    public CollectingApiLogSink Sink { get; }

    public InMemoryResponseCache Cache { get; }

    public CapturingLoggerProvider Logs { get; }

    public string ClientId { get; }

    public IServiceProvider Services => _host.Services;

    public BuildiumClient Client => _host.Services.GetRequiredService<BuildiumClient>();

    public static async Task<BuildiumTestHost> StartAsync(
        Action<EmulatorOptions>? emulator = null,
        Action<BuildiumOptions>? client = null,
        CollectingApiLogSink? sink = null,
        bool startHost = true)
    {
        var clientId = "test-" + Guid.NewGuid().ToString("N");
        var emulatorOptions = new EmulatorOptions { ClientId = clientId, ClientSecret = "s3cr3t-" + clientId };
        emulator?.Invoke(emulatorOptions);
        var emulatorHost = await BuildiumEmulatorHost.StartAsync(emulatorOptions);

        sink ??= new CollectingApiLogSink();
        var cache = new InMemoryResponseCache();
        var logs = new CapturingLoggerProvider();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<IBuildiumApiLogSink>(sink);
        builder.Services.AddSingleton<IBuildiumResponseCache>(cache);
        builder.AddBuildiumClient(o =>
        {
            o.BaseUrl = emulatorHost.BaseAddress.ToString();
            o.ClientId = emulatorOptions.ClientId;
            o.ClientSecret = emulatorOptions.ClientSecret;
            o.Timeout = TimeSpan.FromSeconds(10);
            o.TotalTimeout = TimeSpan.FromSeconds(60);
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(50);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(1);
            client?.Invoke(o);
        });
        var host = builder.Build();
        if (startHost)
        {
            await host.StartAsync();
        }

        return new BuildiumTestHost(emulatorHost, host, sink, cache, logs, clientId);
    }

    /// <summary>Stops the host gracefully (the log writer flushes) once.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
        await Emulator.DisposeAsync();
    }
}
