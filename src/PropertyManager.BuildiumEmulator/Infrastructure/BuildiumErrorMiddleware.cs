namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>Turns <see cref="BuildiumApiException"/> (and unexpected failures) into Buildium's error body.</summary>
internal sealed class BuildiumErrorMiddleware(RequestDelegate next, ILogger<BuildiumErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (BuildiumApiException ex) when (!http.Response.HasStarted)
        {
            http.Response.Clear();
            await BuildiumResults.WriteErrorAsync(http, ex.StatusCode, ex.Message, ex.Errors);
        }
        catch (BadHttpRequestException ex) when (!http.Response.HasStarted)
        {
            http.Response.Clear();
            await BuildiumResults.WriteErrorAsync(http, ex.StatusCode, "The request is invalid.");
        }
        catch (Exception ex) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "Unhandled error for {Method} {Path}", http.Request.Method, http.Request.Path);
            http.Response.Clear();
            await BuildiumResults.WriteErrorAsync(http, StatusCodes.Status500InternalServerError, "An unexpected error occurred.");
        }
    }
}
