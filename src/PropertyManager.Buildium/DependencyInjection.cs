using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.IO;
using Polly;
using Polly.Telemetry;
using PropertyManager.Buildium.ApiLog;
using PropertyManager.Buildium.Caching;
using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Configuration;
using PropertyManager.Buildium.Http;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium;

/// <summary>Registers the Buildium client, its HTTP pipeline, the API log writer and default no-op stores.</summary>
public static class DependencyInjection
{
    public static IHostApplicationBuilder AddBuildiumClient(this IHostApplicationBuilder builder, Action<BuildiumOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBuildiumClient(configure);
        return builder;
    }

    /// <summary>
    /// Binds <see cref="BuildiumOptions"/> from the <c>Buildium</c> section (validated at start), registers
    /// <see cref="BuildiumClient"/> and the hosted <c>BuildiumApiLogWriter</c>. <see cref="IBuildiumApiLogSink"/>
    /// and <see cref="IBuildiumResponseCache"/> get no-op defaults only if the host has not registered its own.
    /// </summary>
    public static IServiceCollection AddBuildiumClient(this IServiceCollection services, Action<BuildiumOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<BuildiumOptions>()
            .BindConfiguration(BuildiumOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BuildiumOptions>, BuildiumOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UnknownEnumValueLog>();
        services.TryAddSingleton<BuildiumSerializer>();
        services.TryAddSingleton<BuildiumApiLogQueue>();
        services.TryAddSingleton<BuildiumCallCounter>();
        // Response bodies are read into these blocks (64 KiB, under the large object heap's threshold); at most 8 MiB
        // of free blocks are kept for the next pages, the rest goes back to the collector.
        services.TryAddSingleton(new RecyclableMemoryStreamManager(new RecyclableMemoryStreamManager.Options
        {
            BlockSize = 64 * 1024,
            MaximumSmallPoolFreeBytes = 8 * 1024 * 1024,
        }));
        services.TryAddSingleton<IBuildiumApiLogSink, NullBuildiumApiLogSink>();
        services.TryAddSingleton<IBuildiumResponseCache, NullBuildiumResponseCache>();
        services.AddHostedService<BuildiumApiLogWriter>();
        services.TryAddTransient<BuildiumAuthHandler>();
        services.TryAddTransient<BuildiumApiLogHandler>();
        services.TryAddTransient<BuildiumAttemptHandler>();

        // Handler order, outermost first: auth headers once per call; the resilience pipeline (total
        // budget, retry, breaker, shared limiters, attempt timeout); then per attempt the API log and the
        // attempt handler that buffers the body while the limiter lease is held.
        var client = services.AddHttpClient<BuildiumClient>((sp, http) =>
            {
                http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<BuildiumOptions>>().Value.BaseUrl);
                // The pipeline owns every timeout; HttpClient's own 100 s default would cut retries short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler<BuildiumAuthHandler>();
        client.AddResilienceHandler("buildium", (pipeline, context) =>
        {
            var o = context.ServiceProvider.GetRequiredService<IOptions<BuildiumOptions>>().Value;
            var limiters = BuildiumRateLimiterRegistry.GetOrCreate(o.ClientId, o.MaxConcurrentRequests, o.RequestsPerSecond, o.PacingMargin, o.LimiterQueueLimit);
            BuildiumResiliencePipeline.Configure(pipeline, o, limiters, context.ServiceProvider.GetRequiredService<BuildiumCallCounter>());
        });
        client.AddHttpMessageHandler<BuildiumApiLogHandler>()
            .AddHttpMessageHandler<BuildiumAttemptHandler>();

        // A 429 or 503 that a retry gets past is Buildium pacing us, not a fault: Information, not Warning. A call that
        // still fails reaches its caller (and buildium_api_log), which says so at its own level.
        services.Configure<TelemetryOptions>(o => o.SeverityProvider = args => args.Event.EventName is "OnRetry" or "ExecutionAttempt"
            ? ResilienceEventSeverity.Information
            : args.Event.Severity);

        // Pre-signed storage URLs are not Buildium: no key headers, no Buildium limiter; PUT is idempotent.
        var upload = services.AddHttpClient(BuildiumClient.UploadHttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        upload.AddResilienceHandler("buildium-upload", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<BuildiumOptions>>().Value;
                pipeline.AddTimeout(o.TotalTimeout);
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, o.Retry.MaxRetryAttempts),
                    Delay = o.Retry.BaseDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                });
                pipeline.AddTimeout(o.Timeout);
            });
        upload.AddHttpMessageHandler<BuildiumApiLogHandler>();

        return services;
    }
}
