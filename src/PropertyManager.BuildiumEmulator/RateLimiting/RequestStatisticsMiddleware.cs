using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.RateLimiting;

/// <summary>Counts every non-admin request and how many are in flight, as the client sent them (before any 429).</summary>
internal sealed class RequestStatisticsMiddleware(RequestDelegate next, EmulatorStats stats)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (RequestArea.IsAdmin(http.Request.Path))
        {
            await next(http);
            return;
        }

        stats.RequestStarted(http.Request.Method, http.Request.Path.Value ?? "/");
        try
        {
            await next(http);
        }
        finally
        {
            stats.RequestEnded();
        }
    }
}
