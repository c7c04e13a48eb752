using PropertyManager.Sync.Webhooks;
using PropertyManager.Web.Security;

namespace PropertyManager.Web.Webhooks;

public static class DependencyInjection
{
    public const string Path = "/webhooks/buildium";

    /// <summary>The webhook receiver (options validated at start) and the background processor of what it stores.</summary>
    public static IHostApplicationBuilder AddBuildiumWebhooks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<BuildiumWebhookOptions>()
            .BindConfiguration(BuildiumWebhookOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<WebhookSignatureVerifier>();
        builder.Services.AddSingleton<WebhookEventWriter>();
        builder.Services.AddSingleton<BuildiumWebhookReceiver>();
        builder.AddWebhookProcessing();
        return builder;
    }

    /// <summary><c>POST /webhooks/buildium</c>, anonymous: Buildium authenticates by signature, not by login.</summary>
    public static WebApplication MapBuildiumWebhooks(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(Path, (HttpContext http, BuildiumWebhookReceiver receiver) => receiver.ReceiveAsync(http, http.RequestAborted))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Webhooks)
            .ExcludeFromDescription();
        return app;
    }
}
