using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace PropertyManager.Sync.Webhooks;

public static class DependencyInjection
{
    /// <summary>
    /// The webhook event processor (scoped, on top of <c>AddSyncEngine</c>'s services) and, unless
    /// <c>Webhooks:ProcessorEnabled</c> is false, the background worker that runs it.
    /// </summary>
    public static IHostApplicationBuilder AddWebhookProcessing(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WebhookProcessorOptions>()
            .BindConfiguration(WebhookProcessorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<WebhookSignal>();
        builder.Services.AddScoped<WebhookEventProcessor>();
        if (builder.Configuration.GetValue(WebhookProcessorOptions.SectionName + ":" + nameof(WebhookProcessorOptions.ProcessorEnabled), defaultValue: true))
        {
            builder.Services.AddHostedService<WebhookWorker>();
        }

        return builder;
    }
}
