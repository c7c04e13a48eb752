using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace PropertyManager.Tests.Webhooks;

/// <summary>The web app on real Kestrel over loopback, with the settings a webhook test needs and its log captured.</summary>
public sealed class WebhookAppFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public WebhookAppFactory(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(0);
    }

    public CapturingSink Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Serilog reads sinks registered in DI (ReadFrom.Services): the test sees what the app logs.
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Log));
    }
}
