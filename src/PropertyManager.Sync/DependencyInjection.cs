using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PropertyManager.Buildium;
using PropertyManager.Buildium.ApiLog;
using PropertyManager.Buildium.Caching;
using PropertyManager.Sync.ApiCache;
using PropertyManager.Sync.ApiLog;

namespace PropertyManager.Sync;

public static class DependencyInjection
{
    /// <summary>The Buildium client, with its call log and reference-data cache kept in PostgreSQL.</summary>
    public static IHostApplicationBuilder AddBuildium(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<IBuildiumApiLogSink, PostgresApiLogSink>();
        builder.Services.AddScoped<IBuildiumResponseCache, PostgresResponseCache>();
        builder.AddBuildiumClient();
        return builder;
    }
}
