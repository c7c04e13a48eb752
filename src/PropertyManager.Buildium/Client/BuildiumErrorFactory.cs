using System.Net;
using System.Text.Json;
using PropertyManager.Buildium.Errors;

namespace PropertyManager.Buildium.Client;

/// <summary>Turns Buildium error responses into the typed exceptions of <see cref="Errors"/>.</summary>
internal static class BuildiumErrorFactory
{
    public static BuildiumApiException FromResponse(HttpStatusCode status, string? body, string method, string endpoint, string clientId, JsonSerializerOptions json)
    {
        var error = TryParse(body, json);
        var fieldErrors = (error?.Errors ?? []).Select(e => new BuildiumFieldError(e.Key, e.Value)).ToList();
        var userMessage = error?.UserMessage ?? (error is null ? Preview(body) : null);
        var details = fieldErrors.Count == 0 ? string.Empty : " Fields: " + string.Join("; ", fieldErrors.Select(f => $"{f.Key}: {f.Value}"));
        var prefix = $"Buildium {method} {endpoint} failed with {(int)status} {status}";

        BuildiumApiException exception = status switch
        {
            HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity =>
                new BuildiumValidationException($"{prefix}: {userMessage}.{details}") { Kind = BuildiumErrorKind.Validation },
            HttpStatusCode.Unauthorized => new BuildiumAuthenticationException(
                $"{prefix}: Buildium rejected the API key for client id '{clientId}'. Check Buildium:ClientId and " +
                "Buildium:ClientSecret (user-secrets or environment): the key may be wrong, deleted, or for the other " +
                $"environment (sandbox keys do not work in production and vice versa). Buildium said: {userMessage}")
            { Kind = BuildiumErrorKind.Unauthorized },
            HttpStatusCode.Forbidden => new BuildiumPermissionException(
                $"{prefix}: the API key for client id '{clientId}' is valid but lacks the permission for {method} {endpoint} " +
                $"(e.g. it is read-only or not granted this data area in Buildium's API key settings). Buildium said: {userMessage}")
            { Kind = BuildiumErrorKind.Forbidden },
            HttpStatusCode.NotFound => new BuildiumNotFoundException($"{prefix}: {userMessage}") { Kind = BuildiumErrorKind.NotFound },
            HttpStatusCode.Conflict => new BuildiumConflictException($"{prefix}: {userMessage}.{details}") { Kind = BuildiumErrorKind.Conflict },
            HttpStatusCode.TooManyRequests => new BuildiumRateLimitedException($"{prefix} after all retries: {userMessage}") { Kind = BuildiumErrorKind.RateLimited },
            HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout =>
                new BuildiumUnavailableException($"{prefix} after all retries: {userMessage}") { Kind = BuildiumErrorKind.Unavailable },
            HttpStatusCode.UnsupportedMediaType =>
                new BuildiumApiException($"{prefix}: Content-Type must be application/json. {userMessage}") { Kind = BuildiumErrorKind.UnsupportedMediaType },
            _ when (int)status >= 500 => new BuildiumApiException($"{prefix}: {userMessage}") { Kind = BuildiumErrorKind.ServerError },
            _ => new BuildiumApiException($"{prefix}: {userMessage}.{details}") { Kind = BuildiumErrorKind.Unexpected },
        };

        exception.StatusCode = status;
        exception.UserMessage = userMessage;
        exception.ErrorCode = error?.ErrorCode;
        exception.FieldErrors = fieldErrors;
        exception.Method = method;
        exception.Endpoint = endpoint;
        return exception;
    }

    private static ApiErrorResponse? TryParse(string? body, JsonSerializerOptions json)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ApiErrorResponse>(body, json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Preview(string? body) =>
        string.IsNullOrWhiteSpace(body) ? null : body.Length <= 300 ? body : body[..300] + "…";
}
