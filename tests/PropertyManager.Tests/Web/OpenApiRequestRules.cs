using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PropertyManager.Tests.Web;

/// <summary>
/// Values Buildium's request schemas refuse, read straight from <c>shared/buildium/openapi.json</c> (not from the app's
/// generated rules): for a property reached by a dotted path from a request message, what is missing, too long, too
/// short, not an enumeration value or in the wrong format, as the schema and its descriptions say.
/// </summary>
public static partial class OpenApiRequestRules
{
    private static readonly Lazy<JsonElement?> s_schemas = new(Load);

    public static bool Available => s_schemas.Value is not null;

    /// <summary>Each refusal's name and the value that is refused.</summary>
    public static IReadOnlyList<Refusal> Refusals(string schema, string path)
    {
        var (property, required, optionalObject) = Resolve(schema, path);
        var description = property.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
        var refusals = new List<Refusal>();
        var leafRequired = RequiredIn(schema, path);
        if (required)
        {
            refusals.Add(new Refusal("missing", ""));
        }
        else if (leafRequired && optionalObject is not null)
        {
            refusals.Add(new Refusal("missing with the rest of " + optionalObject, ""));
        }

        if (property.TryGetProperty("enum", out _))
        {
            refusals.Add(new Refusal("not an enumeration value", "NotABuildiumValue"));
            return refusals;
        }

        var between = Between().Match(description);
        var exceed = Exceed().Match(description);
        int? max = exceed.Success ? Number(exceed.Groups[1].Value) : between.Success ? Number(between.Groups[2].Value) : Keyword(property, "maxLength");
        int? min = between.Success ? Number(between.Groups[1].Value) : Keyword(property, "minLength");
        if (max is { } m)
        {
            refusals.Add(new Refusal("too long", new string('7', m + 1)));
        }

        if (min is > 1 and var n)
        {
            refusals.Add(new Refusal("too short", new string('7', n - 1)));
        }

        if (description.Contains("must be formatted as 123-45-6789", StringComparison.Ordinal))
        {
            refusals.Add(new Refusal("not formatted as its type says", "123456789"));
        }

        if (description.Contains("must be a valid state name or abbreviation", StringComparison.Ordinal))
        {
            refusals.Add(new Refusal("not a US state", "Atlantis"));
        }

        return refusals;
    }

    /// <summary>The leaf property, whether every step to it is required, and the first optional object on the way.</summary>
    private static (JsonElement Property, bool Required, string? OptionalObject) Resolve(string schema, string path)
    {
        var current = Schema(schema);
        var steps = path.Split('.');
        var required = true;
        string? optional = null;
        for (var i = 0; ; i++)
        {
            var property = current.GetProperty("properties").GetProperty(steps[i]);
            var stepRequired = current.TryGetProperty("required", out var r) && r.EnumerateArray().Any(x => x.GetString() == steps[i]);
            if (i == steps.Length - 1)
            {
                return (property, required && stepRequired, optional);
            }

            if (!stepRequired && required)
            {
                optional = string.Join('.', steps[..(i + 1)]);
            }

            required &= stepRequired;
            current = Schema(Reference(property) ?? Reference(property.GetProperty("items"))!);
        }
    }

    private static bool RequiredIn(string schema, string path)
    {
        var steps = path.Split('.');
        var current = Schema(schema);
        for (var i = 0; i < steps.Length - 1; i++)
        {
            var property = current.GetProperty("properties").GetProperty(steps[i]);
            current = Schema(Reference(property) ?? Reference(property.GetProperty("items"))!);
        }

        return current.TryGetProperty("required", out var r) && r.EnumerateArray().Any(x => x.GetString() == steps[^1]);
    }

    private static JsonElement Schema(string name) =>
        (s_schemas.Value ?? throw new InvalidOperationException("openapi.json not found")).GetProperty(name);

    private static string? Reference(JsonElement property)
    {
        if (property.TryGetProperty("$ref", out var r))
        {
            return r.GetString()!.Split('/')[^1];
        }

        return property.TryGetProperty("allOf", out var all) ? all.EnumerateArray().Select(Reference).FirstOrDefault(x => x is not null) : null;
    }

    private static int Number(string text) => int.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static int? Keyword(JsonElement property, string name) => property.TryGetProperty(name, out var v) ? v.GetInt32() : null;

    private static JsonElement? Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "shared", "buildium", "openapi.json");
            if (File.Exists(file))
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(file));
                return document.RootElement.GetProperty("components").GetProperty("schemas").Clone();
            }
        }

        return null;
    }

    [GeneratedRegex(@"between (\d[\d,]*) and (\d[\d,]*) characters")]
    private static partial Regex Between();

    [GeneratedRegex(@"(?:cannot|can not) exceed (\d[\d,]*) characters")]
    private static partial Regex Exceed();
}

/// <summary>A value Buildium refuses for a property, and why.</summary>
public sealed record Refusal(string Reason, string Value);
