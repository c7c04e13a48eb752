using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PropertyManager.Web.Hosting;

public static class DependencyInjection
{
    /// <summary>
    /// Forwarded headers from the configured proxies only (<see cref="ProxyOptions"/>), so that behind a TLS terminator
    /// the request is HTTPS (Secure cookies, HSTS) and has the client's address (rate limits, logs).
    /// </summary>
    public static IHostApplicationBuilder AddProxySupport(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ProxyOptions>()
            .BindConfiguration(ProxyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
            {
                // The middleware believes everyone when it knows no proxy at all, so without one it reads nothing.
                var anyProxy = proxy.Value.KnownProxies.Count > 0 || proxy.Value.KnownNetworks.Count > 0;
                forwarded.ForwardedHeaders = anyProxy ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
                forwarded.ForwardLimit = proxy.Value.ForwardLimit;
                // Only what is configured; the framework's default would trust loopback.
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var address in proxy.Value.KnownProxies)
                {
                    forwarded.KnownProxies.Add(IPAddress.Parse(address));
                }

                foreach (var network in proxy.Value.KnownNetworks)
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            });
        return builder;
    }

    /// <summary>
    /// Ctrl+C or SIGTERM ends the app within a few seconds (<c>Host:ShutdownTimeout</c>, default 5 s), not the framework's
    /// 30 s: everything that runs in the background honours cancellation, so waiting longer only delays a restart.
    /// </summary>
    public static IHostApplicationBuilder AddQuickShutdown(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var timeout = builder.Configuration.GetValue("Host:ShutdownTimeout", TimeSpan.FromSeconds(5));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = timeout);
        return builder;
    }

    /// <summary>First in the pipeline, so HTTPS redirection, HSTS, cookies, rate limits and request logs see the client.</summary>
    public static IApplicationBuilder UseProxySupport(this IApplicationBuilder app) => app.UseForwardedHeaders();
}
