namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>
/// Buildium's URL paths are case-sensitive (all lowercase) and a wrong case is a 404, whereas ASP.NET routing
/// ignores case; this restores Buildium's behaviour so client path typos surface in tests.
/// </summary>
internal sealed class CaseSensitivePathMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/v1", StringComparison.OrdinalIgnoreCase) && path.Any(char.IsUpper))
        {
            await BuildiumResults.WriteErrorAsync(http, StatusCodes.Status404NotFound, "The requested resource was not found. URL paths are case-sensitive.");
            return;
        }

        await next(http);
    }
}
