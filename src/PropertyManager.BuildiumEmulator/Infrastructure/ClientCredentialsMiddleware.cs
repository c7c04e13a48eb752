using System.Security.Cryptography;
using System.Text;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>
/// Buildium's API-key auth: x-buildium-client-id and x-buildium-client-secret on every request, else 401.
/// The admin endpoint uses the same keys; storage URLs are presigned and need none.
/// </summary>
internal sealed class ClientCredentialsMiddleware(RequestDelegate next, EmulatorOptions options)
{
    public const string ClientIdHeader = "x-buildium-client-id";
    public const string ClientSecretHeader = "x-buildium-client-secret";

    public async Task InvokeAsync(HttpContext http)
    {
        if (!RequestArea.IsStorage(http.Request.Path)
            && !(Matches(http.Request.Headers[ClientIdHeader], options.ClientId) && Matches(http.Request.Headers[ClientSecretHeader], options.ClientSecret)))
        {
            await BuildiumResults.WriteErrorAsync(http, StatusCodes.Status401Unauthorized, "The client ID and secret are missing or invalid.");
            return;
        }

        // Buildium answers 500 when the query string exceeds 4096 characters.
        if (http.Request.QueryString.Value?.Length > 4096)
        {
            await BuildiumResults.WriteErrorAsync(http, StatusCodes.Status500InternalServerError, "The query string is too long.");
            return;
        }

        await next(http);
    }

    private static bool Matches(string? provided, string expected) =>
        provided is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(provided), Encoding.UTF8.GetBytes(expected));
}
