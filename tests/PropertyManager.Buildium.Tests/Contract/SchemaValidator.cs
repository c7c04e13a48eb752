using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PropertyManager.Buildium.Tests.Contract;

/// <summary>
/// A small OpenAPI 3.0 schema checker over System.Text.Json: $ref, allOf, nullable, types and formats,
/// enums, required and unknown properties (Buildium's schemas are closed: additionalProperties false).
/// </summary>
public sealed partial class SchemaValidator
{
    private readonly JsonElement _schemas;

    public SchemaValidator(JsonElement schemas)
    {
        _schemas = schemas;
    }

    public IReadOnlyList<string> Validate(JsonElement instance, JsonElement schema, string path = "$")
    {
        var errors = new List<string>();
        Check(instance, schema, path, errors);
        return errors;
    }

    private void Check(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!IsNullable(schema))
            {
                errors.Add($"{path}: null is not allowed");
            }

            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, Resolve(reference.GetString()!), path, errors);
            return;
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(value, part, path, errors);
            }
        }

        if (schema.TryGetProperty("enum", out var allowed)
            && !allowed.EnumerateArray().Any(a => a.ValueKind == value.ValueKind && a.ToString() == value.ToString()))
        {
            errors.Add($"{path}: '{value}' is not one of the enum values");
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : (schema.TryGetProperty("properties", out _) ? "object" : null);
        switch (type)
        {
            case "object":
                CheckObject(value, schema, path, errors);
                break;
            case "array":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    errors.Add($"{path}: expected an array, got {value.ValueKind}");
                    break;
                }

                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, schema.GetProperty("items"), $"{path}[{i++}]", errors);
                }

                break;
            case "string":
                CheckString(value, schema, path, errors);
                break;
            case "integer":
                var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number)
                    || (format == "int32" && (number < int.MinValue || number > int.MaxValue)))
                {
                    errors.Add($"{path}: expected an {format ?? "integer"}, got {value}");
                }

                break;
            case "number":
                if (value.ValueKind != JsonValueKind.Number)
                {
                    errors.Add($"{path}: expected a number, got {value.ValueKind}");
                }

                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add($"{path}: expected a boolean, got {value.ValueKind}");
                }

                break;
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: expected an object, got {value.ValueKind}");
            return;
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: required property '{name}' is missing");
                }
            }
        }

        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, $"{path}.{property.Name}", errors);
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(property.Value, additional, $"{path}.{property.Name}", errors);
            }
            else
            {
                errors.Add($"{path}: unknown property '{property.Name}'");
            }
        }
    }

    private static void CheckString(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path}: expected a string, got {value.ValueKind}");
            return;
        }

        var text = value.GetString()!;
        switch (schema.TryGetProperty("format", out var f) ? f.GetString() : null)
        {
            case "date" when !DateRegex().IsMatch(text):
                errors.Add($"{path}: '{text}' is not a yyyy-MM-dd date");
                break;
            case "date-time" when !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                errors.Add($"{path}: '{text}' is not a date-time");
                break;
        }

        if (schema.TryGetProperty("maxLength", out var max) && text.Length > max.GetInt32())
        {
            errors.Add($"{path}: longer than {max.GetInt32()} characters");
        }
    }

    private bool IsNullable(JsonElement schema) =>
        (schema.TryGetProperty("nullable", out var n) && n.ValueKind == JsonValueKind.True)
        || (schema.TryGetProperty("$ref", out var r) && IsNullable(Resolve(r.GetString()!)));

    private JsonElement Resolve(string reference) => _schemas.GetProperty(reference.Split('/')[^1]);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateRegex();
}
