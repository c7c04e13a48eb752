using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace PropertyManager.Tests.Fuzz;

/// <summary>
/// The request keys a page model binds, with the type each binds to, read from the model itself so a new filter or
/// form field is fuzzed without being listed: <c>[BindProperty]</c> properties (only <c>SupportsGet</c> ones for a GET)
/// and the handler's parameters, complex types flattened to the names model binding uses (<c>Input.Subject</c>,
/// <c>Shares[0].Percent</c>).
/// </summary>
public static class BoundFields
{
    private const int MaxDepth = 3;

    /// <summary>One bound key and the simple type model binding converts its value to.</summary>
    public sealed record Field(string Name, Type Type);

    /// <summary>The page model class of a Razor page path such as <c>/Admin/Sync/Index</c>, or null for a page without one.</summary>
    public static Type? ModelOf(string page) =>
        typeof(Program).Assembly.GetType("PropertyManager.Web.Pages" + page.Replace('/', '.') + "Model");

    public static IReadOnlyList<Field> For(string page, string method, string handler, string route)
    {
        if (ModelOf(page) is not { } model)
        {
            return [];
        }

        var keys = new List<Field>();
        var get = method == "GET";
        foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var bind = property.GetCustomAttribute<BindPropertyAttribute>()
                ?? (model.GetCustomAttribute<BindPropertiesAttribute>() is { } all && property.CanWrite ? new BindPropertyAttribute { SupportsGet = all.SupportsGet } : null);
            if (bind is null || (get && !bind.SupportsGet))
            {
                continue;
            }

            Flatten(bind.Name ?? property.Name, property.PropertyType, 0, keys);
        }

        var prefix = "On" + (method[..1] + method[1..].ToLowerInvariant()) + handler;
        foreach (var candidate in model.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == prefix || m.Name == prefix + "Async"))
        {
            foreach (var parameter in candidate.GetParameters())
            {
                var name = parameter.GetCustomAttribute<FromQueryAttribute>()?.Name
                    ?? parameter.GetCustomAttribute<FromFormAttribute>()?.Name
                    ?? parameter.GetCustomAttribute<BindAttribute>()?.Prefix
                    ?? parameter.Name!;
                // Route values are fuzzed through the route; the token and services are not request keys.
                if (parameter.ParameterType == typeof(CancellationToken) || route.Contains("{" + name, StringComparison.OrdinalIgnoreCase)
                    || parameter.GetCustomAttribute<FromServicesAttribute>() is not null)
                {
                    continue;
                }

                Flatten(name, parameter.ParameterType, 0, keys);
            }
        }

        return [.. keys.DistinctBy(k => k.Name, StringComparer.Ordinal)];
    }

    private static void Flatten(string name, Type type, int depth, List<Field> keys)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsSimple(type) || depth >= MaxDepth)
        {
            keys.Add(new Field(name, type));
            return;
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            var item = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().LastOrDefault() ?? typeof(string);
            var simple = Nullable.GetUnderlyingType(item) ?? item;
            if (IsSimple(simple))
            {
                keys.Add(new Field(name, simple));
            }
            else
            {
                Flatten(name + "[0]", item, depth + 1, keys);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            Flatten($"{name}.{property.Name}", property.PropertyType, depth + 1, keys);
        }
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly)
        || type == typeof(TimeSpan) || type == typeof(Uri);
}
