using System.Collections.Concurrent;
using System.Reflection;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>Reads a (possibly dotted) property path such as "Address.City" by case-insensitive name; used by orderby.</summary>
internal sealed class PropertyPath
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyPath?> _cache = new();
    private readonly PropertyInfo[] _chain;

    private PropertyPath(PropertyInfo[] chain) => _chain = chain;

    public static PropertyPath? Resolve(Type type, string path) => _cache.GetOrAdd((type, path.ToUpperInvariant()), key => Build(key.Item1, path));

    /// <summary>True for a path of one property with this exact name (e.g. <c>Id</c>).</summary>
    public bool IsProperty(string name) => _chain is [{ } only] && only.Name == name;

    public object? Read(object instance)
    {
        object? current = instance;
        foreach (var property in _chain)
        {
            if (current is null)
            {
                return null;
            }

            current = property.GetValue(current);
        }

        return current;
    }

    private static PropertyPath? Build(Type type, string path)
    {
        var chain = new List<PropertyInfo>();
        var current = type;
        foreach (var segment in path.Split('.'))
        {
            var property = current.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return null;
            }

            chain.Add(property);
            current = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }

        // Only scalars sort meaningfully; objects and lists are not orderable.
        return current.IsPrimitive || current == typeof(string) || current == typeof(DateTime) || current == typeof(DateOnly) || current == typeof(decimal)
            ? new PropertyPath([.. chain])
            : null;
    }
}
