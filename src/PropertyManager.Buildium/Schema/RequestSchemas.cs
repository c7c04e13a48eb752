namespace PropertyManager.Buildium.Schema;

/// <summary>
/// Buildium's rules for the request messages this app sends, generated from <c>openapi.json</c>
/// (<c>RequestSchemas.g.cs</c>, by <c>tools/generate-request-rules.py</c>).
/// </summary>
public static partial class RequestSchemas
{
    public static IReadOnlyCollection<RequestSchema> All => s_all.Values;

    public static RequestSchema Get(string name) =>
        s_all.TryGetValue(name, out var schema) ? schema : throw new ArgumentException($"No Buildium request message '{name}' in the generated rules.", nameof(name));

    /// <summary>The property at <paramref name="path"/> (dotted) of message <paramref name="schema"/>.</summary>
    public static RequestPath Resolve(string schema, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var current = Get(schema);
        var steps = path.Split('.');
        var required = true;
        string? optionalObject = null;
        for (var i = 0; ; i++)
        {
            var field = current.Field(steps[i]) ?? throw new ArgumentException($"{current.Name} has no property '{steps[i]}'.", nameof(path));
            if (i == steps.Length - 1)
            {
                return new RequestPath(schema, path, field, required && field.Required, optionalObject);
            }

            if (!field.Required && required)
            {
                optionalObject = string.Join('.', steps[..(i + 1)]);
            }

            required &= field.Required;
            current = Get(field.Message ?? throw new ArgumentException($"{current.Name}.{field.Name} is not an object.", nameof(path)));
        }
    }
}
