using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Tests.Contract;

/// <summary>
/// Fills a DTO with a value in every property, guided by its schema (enum strings take a value the
/// schema allows), so serializing it shows every property the client can send.
/// </summary>
public sealed class DtoSampler
{
    private const int MaxDepth = 3;
    private readonly OpenApiDocument _document;

    public DtoSampler(OpenApiDocument document)
    {
        _document = document;
    }

    public static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? property.Name;

    public object Create(Type type, JsonElement schema, int depth = 0)
    {
        var instance = Activator.CreateInstance(type)!;
        var properties = Resolve(schema).TryGetProperty("properties", out var p) ? p : default;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(x => x.CanWrite))
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(JsonName(property), out var propertySchema))
            {
                property.SetValue(instance, Sample(property.PropertyType, propertySchema, depth));
            }
        }

        return instance;
    }

    private object? Sample(Type type, JsonElement schema, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var resolved = Resolve(schema);
        if (type == typeof(string))
        {
            return resolved.TryGetProperty("enum", out var values) ? values[0].GetString() : "Sample";
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double))
        {
            return Convert.ChangeType(7, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(DateOnly))
        {
            return new DateOnly(2026, 1, 15);
        }

        if (type == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2026, 1, 15, 10, 30, 0, TimeSpan.Zero);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(BuildiumEnumValue<>))
        {
            var enumType = type.GetGenericArguments()[0];
            var allowed = resolved.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()).ToList() : [];
            var name = Enum.GetNames(enumType).FirstOrDefault(allowed.Contains) ?? Enum.GetNames(enumType)[0];
            return Activator.CreateInstance(type, name);
        }

        if (type == typeof(IReadOnlyList<KeyValuePair<string, string>>))
        {
            return new List<KeyValuePair<string, string>> { new("x-amz-meta-sample", "1") };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(type)!;
            if (Sample(type.GetGenericArguments()[0], resolved.GetProperty("items"), depth + 1) is { } item)
            {
                list.Add(item);
            }

            return list;
        }

        return depth < MaxDepth ? Create(type, resolved, depth + 1) : null;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            schema = allOf[0];
        }

        return schema.TryGetProperty("$ref", out var reference) ? _document.Schema(reference.GetString()!.Split('/')[^1]) : schema;
    }
}
