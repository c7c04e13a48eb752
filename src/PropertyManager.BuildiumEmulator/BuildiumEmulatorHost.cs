using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PropertyManager.BuildiumEmulator;

/// <summary>The emulator hosted in-process on Kestrel (loopback, port 0 picks a free port), for tests.</summary>
public sealed class BuildiumEmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BuildiumEmulatorHost(WebApplication app, EmulatorOptions options, Uri baseAddress)
    {
        _app = app;
        Options = options;
        BaseAddress = baseAddress;
        Stats = app.Services.GetRequiredService<EmulatorStats>();
        Faults = app.Services.GetRequiredService<EmulatorFaults>();
        Store = app.Services.GetRequiredService<EmulatorStore>();
    }

    /// <summary>The bound address with a trailing slash, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The live options; changes to RateLimit and Webhooks apply to the next request or event.</summary>
    public EmulatorOptions Options { get; }

    public EmulatorStats Stats { get; }

    public EmulatorFaults Faults { get; }

    public EmulatorStore Store { get; }

    public static async Task<BuildiumEmulatorHost> StartAsync(EmulatorOptions options, string url = "http://127.0.0.1:0", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(BuildiumEmulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls(url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Stopping must not wait the default 30 s for a webhook delivery or a client's open connection to finish.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        var app = EmulatorApplication.Build(builder, options);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BuildiumEmulatorHost(app, options, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>How long stopping waits for requests in flight and background work before it abandons them.</summary>
    public static TimeSpan ShutdownTimeout { get; } = TimeSpan.FromSeconds(3);

    /// <summary>Stops serving, within <see cref="ShutdownTimeout"/> or sooner when <paramref name="cancellationToken"/> fires.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
