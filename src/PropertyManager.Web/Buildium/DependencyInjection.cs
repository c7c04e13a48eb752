using System.Globalization;
using System.Security.Cryptography;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Sync;
using PropertyManager.Web.Hosting;
using PropertyManager.Web.Webhooks;

namespace PropertyManager.Web.Buildium;

public static class DependencyInjection
{
    /// <summary>
    /// The Buildium client (with its PostgreSQL call log and cache). With <c>Buildium:ClientId</c> configured it
    /// talks to <c>Buildium:BaseUrl</c> (production by default, or the sandbox); without, it hosts the built-in
    /// emulator with its demo portfolio on a loopback port and talks to that.
    /// </summary>
    public static IHostApplicationBuilder AddBuildiumOrEmulator(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["Buildium:ClientId"]))
        {
            var options = builder.Configuration.GetSection(EmulatorOptions.SectionName).Get<EmulatorOptions>() ?? new EmulatorOptions();
            // A fresh secret per run: nothing outside this process needs to know it.
            options.ClientSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            // The emulator signs its webhooks with the key the app verifies (a configured one, else a fresh one).
            options.Webhooks.Secret = builder.Configuration["Buildium:WebhookSecret"] is { Length: > 0 } webhookSecret
                ? webhookSecret
                : Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
            var address = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");
            // The client keeps below the emulator's limits rather than at them: a permit is free again the moment the
            // last byte arrives, while the emulator counts the request until its own pipeline ends, and arrival times jitter
            // on a busy machine; at the limit that meant 429s (and retry warnings) in every demo sync.
            var clientLimits = new Dictionary<string, string?>
            {
                ["Buildium:MaxConcurrentRequests"] = Math.Max(1, options.RateLimit.MaxConcurrent - 2).ToString(CultureInfo.InvariantCulture),
                ["Buildium:RequestsPerSecond"] = Math.Max(1, options.RateLimit.RequestsPerSecond * 8 / 10).ToString(CultureInfo.InvariantCulture),
            }.Where(l => builder.Configuration[l.Key] is null);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(clientLimits)
            {
                ["Buildium:BaseUrl"] = address.ToString(),
                ["Buildium:ClientId"] = options.ClientId,
                ["Buildium:ClientSecret"] = options.ClientSecret,
                ["Buildium:WebhookSecret"] = options.Webhooks.Secret,
            });
            var emulator = new EmbeddedEmulator(options, address);
            builder.Services.AddSingleton(emulator);
            builder.Services.AddHostedService(sp => sp.GetRequiredService<EmbeddedEmulator>());
            builder.Services.AddHostedService<EmulatorWebhookTarget>();
            builder.Services.AddHttpClient<EmulatorRecordEditor>();
        }

        builder.AddBuildium();
        return builder;
    }

    /// <summary>Says at start which Buildium the app talks to.</summary>
    public static WebApplication LogBuildiumTarget(this WebApplication app)
    {
        if (app.Services.GetService<EmbeddedEmulator>() is { } embedded)
        {
            app.Logger.LogWarning(
                "No Buildium credentials configured (Buildium__ClientId, Buildium__ClientSecret): using the built-in Buildium emulator at {Url} with its {Seed} portfolio",
                embedded.Address, embedded.Options.SeedSize);
        }
        else
        {
            app.Logger.LogInformation("Buildium API at {Url}", app.Configuration["Buildium:BaseUrl"] ?? "https://api.buildium.com/");
        }

        return app;
    }

}
