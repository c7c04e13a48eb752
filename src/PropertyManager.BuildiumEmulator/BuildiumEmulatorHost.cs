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
        var app = EmulatorApplication.Build(builder, options);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BuildiumEmulatorHost(app, options, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
