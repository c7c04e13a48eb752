using PropertyManager.BuildiumEmulator.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Faults;

/// <summary>Applies <see cref="EmulatorFaults"/> to API and storage requests; admin requests are never faulted.</summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, EmulatorFaults faults, EmulatorStats stats)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path;
        if (!RequestArea.IsApi(path) && !RequestArea.IsStorage(path))
        {
            await next(http);
            return;
        }

        var decision = faults.Decide(http.Request.Method, path.Value ?? "/");
        if (decision.LatencyMs > 0)
        {
            await Task.Delay(decision.LatencyMs, http.RequestAborted);
        }

        if (decision.Fault is not { } fault)
        {
            await next(http);
            return;
        }

        stats.RecordFault();
        switch (fault)
        {
            case FaultKind.TooManyRequests:
                await BuildiumResults.WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, "Too many requests. Retry the request after a short interval.");
                break;
            case FaultKind.InternalServerError:
                await BuildiumResults.WriteErrorAsync(http, StatusCodes.Status500InternalServerError, "An unexpected error occurred.");
                break;
            case FaultKind.ServiceUnavailable:
                await BuildiumResults.WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, "The API is down for maintenance. Resubmit the request later.");
                break;
            case FaultKind.Timeout:
                await HangThenAbortAsync(http, decision.TimeoutMs);
                break;
            case FaultKind.DropConnection:
                http.Abort();
                break;
            case FaultKind.MalformedJson:
                await TruncateBodyAsync(http);
                break;
            default:
                await next(http);
                break;
        }
    }

    private static async Task HangThenAbortAsync(HttpContext http, int timeoutMs)
    {
        try
        {
            await Task.Delay(timeoutMs, http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up first, which is what a timeout test expects.
        }

        http.Abort();
    }

    /// <summary>Runs the real handler, then sends 200 with only the first half of its body.</summary>
    private async Task TruncateBodyAsync(HttpContext http)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        var bytes = buffer.ToArray();
        var body = bytes.Length > 1 ? bytes.AsMemory(0, bytes.Length / 2) : "{\"Id\":"u8.ToArray();
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await original.WriteAsync(body, http.RequestAborted);
    }
}
