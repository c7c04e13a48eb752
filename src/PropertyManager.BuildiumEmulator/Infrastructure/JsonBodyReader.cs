using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>Reads a write body the way Buildium does: 415 without a JSON content type, 400 for bad JSON or a failed contract.</summary>
internal static class JsonBodyReader
{
    public static async Task<T> ReadAsync<T>(HttpRequest request, bool allowJsonPatch = false)
        where T : class
    {
        EnsureJsonContentType(request, allowJsonPatch);
        T? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<T>(request.Body, BuildiumJson.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException ex)
        {
            var key = ex.Path is null or "$" ? "Body" : ex.Path.TrimStart('$', '.');
            throw BuildiumApiException.BadRequest(key, "The request body is not valid JSON for this resource.");
        }

        if (body is null)
        {
            throw BuildiumApiException.BadRequest("Body", "A request body is required.");
        }

        var errors = ContractValidator.Validate(body);
        if (errors.Count > 0)
        {
            throw new BuildiumApiException(StatusCodes.Status400BadRequest, "The request is invalid.", errors);
        }

        return body;
    }

    public static void EnsureJsonContentType(HttpRequest request, bool allowJsonPatch = false)
    {
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || (allowJsonPatch && mediaType.MediaType.Equals("application/json-patch+json", StringComparison.OrdinalIgnoreCase))))
        {
            return;
        }

        throw new BuildiumApiException(
            StatusCodes.Status415UnsupportedMediaType,
            allowJsonPatch
                ? "The Content-Type must be application/json or application/json-patch+json."
                : "The Content-Type must be application/json.");
    }
}
