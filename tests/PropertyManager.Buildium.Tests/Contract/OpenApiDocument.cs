using System.Text.Json;

namespace PropertyManager.Buildium.Tests.Contract;

/// <summary>Buildium's OpenAPI document from <c>shared/buildium/openapi.json</c>, found by walking up from the test output.</summary>
public sealed class OpenApiDocument
{
    private static readonly Lazy<OpenApiDocument?> s_instance = new(Load);

    private readonly JsonDocument _document;

    private OpenApiDocument(JsonDocument document)
    {
        _document = document;
        Schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
    }

    /// <summary>The document, or null when no ancestor directory holds <c>shared/buildium/openapi.json</c>.</summary>
    public static OpenApiDocument? Instance => s_instance.Value;

    public JsonElement Schemas { get; }

    public bool HasSchema(string name) => Schemas.TryGetProperty(name, out _);

    public JsonElement Schema(string name) => Schemas.GetProperty(name);

    /// <summary>
    /// The operation for a concrete request path (e.g. <c>/v1/rentals/12</c>): the template with the most
    /// literal segments wins, so <c>/v1/tasks/categories</c> beats <c>/v1/tasks/{taskId}</c>.
    /// </summary>
    public OpenApiOperation? FindOperation(string method, string path)
    {
        var segments = path.Split('?')[0].Trim('/').Split('/');
        OpenApiOperation? best = null;
        var bestLiterals = -1;
        foreach (var template in _document.RootElement.GetProperty("paths").EnumerateObject())
        {
            var parts = template.Name.Trim('/').Split('/');
            if (parts.Length != segments.Length
                || !template.Value.TryGetProperty(method.ToLowerInvariant(), out var operation))
            {
                continue;
            }

            var literals = 0;
            var matches = true;
            for (var i = 0; i < parts.Length && matches; i++)
            {
                if (parts[i].StartsWith('{'))
                {
                    matches = segments[i].All(char.IsDigit);
                }
                else
                {
                    matches = parts[i] == segments[i];
                    literals++;
                }
            }

            if (matches && literals > bestLiterals)
            {
                bestLiterals = literals;
                best = new OpenApiOperation(method.ToUpperInvariant(), template.Name, RequestSchema(operation), ResponseSchema(operation));
            }
        }

        return best;
    }

    private static JsonElement? RequestSchema(JsonElement operation) =>
        operation.TryGetProperty("requestBody", out var body)
        && body.GetProperty("content").TryGetProperty("application/json", out var json)
            ? json.GetProperty("schema")
            : null;

    private static JsonElement? ResponseSchema(JsonElement operation)
    {
        foreach (var response in operation.GetProperty("responses").EnumerateObject())
        {
            if (response.Name.StartsWith('2')
                && response.Value.TryGetProperty("content", out var content)
                && content.TryGetProperty("application/json", out var json))
            {
                return json.GetProperty("schema");
            }
        }

        return null;
    }

    private static OpenApiDocument? Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "buildium", "openapi.json");
            if (File.Exists(candidate))
            {
                return new OpenApiDocument(JsonDocument.Parse(File.ReadAllBytes(candidate)));
            }
        }

        return null;
    }
}
