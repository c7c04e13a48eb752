using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PropertyManager.Web.Buildium;

namespace PropertyManager.Web.Webhooks;

/// <summary>
/// In the zero-configuration run, points the embedded emulator's webhooks at this app's own endpoint once Kestrel
/// knows its address, so changes made in the emulator reach the app as they would from Buildium.
/// </summary>
public sealed partial class EmulatorWebhookTarget(
    EmbeddedEmulator emulator, IHostApplicationLifetime lifetime, IServiceProvider services, ILogger<EmulatorWebhookTarget> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Point);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Point()
    {
        // CLI verbs have no server (and no endpoint to call); an explicitly configured URL wins.
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0 || !string.IsNullOrEmpty(emulator.Options.Webhooks.Url))
        {
            return;
        }

        // Plain HTTP when offered (the emulator would not trust a development certificate); wildcards mean loopback.
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.First();
        var url = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (url.Host is "0.0.0.0" or "[::]" or "::" or "localhost")
        {
            url.Host = "127.0.0.1";
        }

        url.Path = "/webhooks/buildium";
        emulator.Options.Webhooks.Url = url.Uri.ToString();
        LogPointed(url.Uri);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The built-in Buildium emulator sends its webhooks to {Url}")]
    private partial void LogPointed(Uri url);
}
