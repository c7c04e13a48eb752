using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PropertyManager.BuildiumEmulator.Tests.Contract;

/// <summary>
/// A small validator for JSON against the schemas of Buildium's OpenAPI 3.0 document (shared/buildium/openapi.json):
/// $ref and allOf resolution, types and formats (int32, int64, double, date, date-time), enums, required
/// properties, and no properties beyond those the schema declares. Deliberately hand-written over
/// System.Text.Json so it needs no package and can be copied.
///
/// Nulls: allowed where the schema says nullable, and for object references ($ref/allOf), which OpenAPI 3.0
/// cannot mark nullable but which Buildium does return as null (e.g. a task without a category).
/// </summary>
public sealed class OpenApiSchemaValidator
{
    private const string SpecRelativePath = "shared/buildium/openapi.json";
    private readonly JsonElement _document;

    private OpenApiSchemaValidator(JsonElement document) => _document = document;

    /// <summary>Walks up from the test binaries to the folder holding shared/buildium/openapi.json (the repo's parent).</summary>
    public static string? FindSpec()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, SpecRelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static OpenApiSchemaValidator Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        return new OpenApiSchemaValidator(document.RootElement.Clone());
    }

    public bool HasOperation(string pathTemplate, string method) =>
        _document.GetProperty("paths").TryGetProperty(pathTemplate, out var path) && path.TryGetProperty(method.ToLowerInvariant(), out _);

    public JsonElement? ResponseSchema(string pathTemplate, string method, int status) =>
        Operation(pathTemplate, method).GetProperty("responses").TryGetProperty(status.ToString(CultureInfo.InvariantCulture), out var response)
        && response.TryGetProperty("content", out var content)
        && content.TryGetProperty("application/json", out var media)
            ? media.GetProperty("schema")
            : null;

    public JsonElement RequestSchema(string pathTemplate, string method) =>
        Operation(pathTemplate, method).GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");

    public IReadOnlyList<int> DocumentedStatuses(string pathTemplate, string method) =>
        [.. Operation(pathTemplate, method).GetProperty("responses").EnumerateObject().Select(p => int.Parse(p.Name, CultureInfo.InvariantCulture))];

    /// <summary>Returns one message per violation, each prefixed with its JSON path.</summary>
    public List<string> Validate(JsonNode? instance, JsonElement schema)
    {
        var errors = new List<string>();
        Check(instance, schema, "$", errors);
        return errors;
    }

    private JsonElement Operation(string pathTemplate, string method) =>
        _document.GetProperty("paths").GetProperty(pathTemplate).GetProperty(method.ToLowerInvariant());

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            schema = _document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    private void Check(JsonNode? instance, JsonElement schema, string path, List<string> errors)
    {
        var isReference = schema.TryGetProperty("$ref", out _) || schema.TryGetProperty("allOf", out _);
        var nullable = schema.TryGetProperty("nullable", out var n) && n.GetBoolean();
        schema = Resolve(schema);
        if (instance is null)
        {
            if (!nullable && !isReference && !(schema.TryGetProperty("nullable", out var inner) && inner.GetBoolean()))
            {
                errors.Add($"{path}: null is not allowed");
            }

            return;
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            // Each part applies; properties declared by any part are allowed.
            var parts = allOf.EnumerateArray().Select(Resolve).ToList();
            foreach (var part in parts)
            {
                CheckType(instance, part, path, errors, extraAllowed: parts.SelectMany(DeclaredProperties).ToHashSet());
            }

            return;
        }

        CheckType(instance, schema, path, errors, extraAllowed: null);
    }

    private static IEnumerable<string> DeclaredProperties(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name) : [];

    private void CheckType(JsonNode instance, JsonElement schema, string path, List<string> errors, HashSet<string>? extraAllowed)
    {
        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : schema.TryGetProperty("properties", out _) ? "object" : null;
        switch (type)
        {
            case "object":
                CheckObject(instance, schema, path, errors, extraAllowed);
                break;
            case "array":
                if (instance is not JsonArray array)
                {
                    errors.Add($"{path}: expected an array");
                    break;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Check(array[i], schema.GetProperty("items"), $"{path}[{i}]", errors);
                }

                break;
            case "string":
                CheckString(instance, schema, path, errors);
                break;
            case "integer":
                if (instance is not JsonValue integer || integer.GetValueKind() != JsonValueKind.Number || !integer.TryGetValue<long>(out var whole))
                {
                    errors.Add($"{path}: expected an integer, got {instance.ToJsonString()}");
                }
                else if (schema.TryGetProperty("format", out var format) && format.GetString() == "int32" && (whole < int.MinValue || whole > int.MaxValue))
                {
                    errors.Add($"{path}: {whole} is outside int32");
                }

                break;
            case "number":
                if (instance is not JsonValue number || number.GetValueKind() != JsonValueKind.Number)
                {
                    errors.Add($"{path}: expected a number, got {instance.ToJsonString()}");
                }

                break;
            case "boolean":
                if (instance is not JsonValue boolean || boolean.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add($"{path}: expected a boolean, got {instance.ToJsonString()}");
                }

                break;
        }
    }

    private void CheckObject(JsonNode instance, JsonElement schema, string path, List<string> errors, HashSet<string>? extraAllowed)
    {
        if (instance is not JsonObject obj)
        {
            errors.Add($"{path}: expected an object");
            return;
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!obj.ContainsKey(name))
                {
                    errors.Add($"{path}: required property {name} is missing");
                }
            }
        }

        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var (name, value) in obj)
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var propertySchema))
            {
                Check(value, propertySchema, $"{path}.{name}", errors);
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(value, additional, $"{path}.{name}", errors);
            }
            else if (extraAllowed?.Contains(name) != true && additional.ValueKind != JsonValueKind.True)
            {
                errors.Add($"{path}: property {name} is not in the schema");
            }
        }
    }

    private static void CheckString(JsonNode instance, JsonElement schema, string path, List<string> errors)
    {
        if (instance is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            errors.Add($"{path}: expected a string, got {instance.ToJsonString()}");
            return;
        }

        var text = value.GetValue<string>();
        if (schema.TryGetProperty("enum", out var values) && values.EnumerateArray().All(v => v.GetString() != text))
        {
            errors.Add($"{path}: '{text}' is not one of the enumeration values");
        }

        if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
        {
            errors.Add($"{path}: shorter than {minLength.GetInt32()}");
        }

        switch (schema.TryGetProperty("format", out var format) ? format.GetString() : null)
        {
            case "date" when !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                errors.Add($"{path}: '{text}' is not a yyyy-MM-dd date");
                break;
            case "date-time" when !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) || !text.Contains('T', StringComparison.Ordinal):
                errors.Add($"{path}: '{text}' is not an ISO 8601 date-time");
                break;
        }
    }
}
