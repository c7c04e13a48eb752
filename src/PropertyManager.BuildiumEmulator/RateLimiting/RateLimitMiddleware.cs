using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.RateLimiting;

/// <summary>Answers 429 with Buildium's error body when the gate refuses an API request.</summary>
internal sealed class RateLimitMiddleware(RequestDelegate next, RateLimitGate gate, EmulatorStats stats)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!RequestArea.IsApi(http.Request.Path))
        {
            await next(http);
            return;
        }

        if (!gate.TryEnter())
        {
            stats.RecordRateLimited();
            await BuildiumResults.WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, "Too many requests. Retry the request after a short interval.");
            return;
        }

        try
        {
            await next(http);
        }
        finally
        {
            gate.Exit();
        }
    }
}
