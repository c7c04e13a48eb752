using System.Text.Json;

namespace PropertyManager.Buildium.Tests.Contract;

/// <summary>One operation of the OpenAPI document with its JSON request and success-response schemas.</summary>
public sealed record OpenApiOperation(string Method, string Template, JsonElement? Request, JsonElement? Response)
{
    public string Key => $"{Method} {Template}";

    /// <summary>The schema name of the response, e.g. <c>RentalMessage</c>, or of its items for a list.</summary>
    public static string? SchemaName(JsonElement? schema, out bool isArray)
    {
        isArray = false;
        if (schema is not { } s)
        {
            return null;
        }

        if (s.TryGetProperty("type", out var type) && type.GetString() == "array")
        {
            isArray = true;
            s = s.GetProperty("items");
        }

        if (s.TryGetProperty("allOf", out var allOf))
        {
            s = allOf[0];
        }

        return s.TryGetProperty("$ref", out var reference) ? reference.GetString()!.Split('/')[^1] : null;
    }
}
