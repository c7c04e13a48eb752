using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace PropertyManager.Web.Security;

public static class DependencyInjection
{
    /// <summary>Rate limits per client address, request size limits and HSTS, from <see cref="SecurityOptions"/>.</summary>
    public static IHostApplicationBuilder AddWebSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SecurityOptions>()
            .BindConfiguration(SecurityOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();

        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        builder.Services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = options.MaxRequestBodyBytes;
            f.ValueCountLimit = 1024;
        });
        builder.Services.AddHsts(h =>
        {
            h.MaxAge = TimeSpan.FromDays(365);
            h.IncludeSubDomains = true;
        });
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            // Only sign-in attempts count: showing the form costs a guesser nothing.
            limiter.AddPolicy(RateLimitPolicies.Login, http => HttpMethods.IsGet(http.Request.Method) ? RateLimitPartition.GetNoLimiter("form") : RateLimitPartition.GetSlidingWindowLimiter(
                ClientAddress(http),
                _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = Current(http).LoginAttemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                }));
            limiter.AddPolicy(RateLimitPolicies.Webhooks, http => RateLimitPartition.GetTokenBucketLimiter(
                ClientAddress(http),
                _ =>
                {
                    var perSecond = Current(http).WebhookRequestsPerSecond;
                    return new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = perSecond,
                        TokensPerPeriod = perSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    };
                }));
        });
        return builder;
    }

    private static SecurityOptions Current(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;

    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>429 as problem details with Retry-After, like every other error the app answers.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (http.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true))
        {
            // A person at the login form gets the app's status page, not JSON.
            return;
        }

        await Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: "Slow down: this address sent too many requests. Try again after the time in Retry-After.")
            .ExecuteAsync(http);
    }
}
