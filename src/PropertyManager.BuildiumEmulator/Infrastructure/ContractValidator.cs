using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using PropertyManager.BuildiumEmulator.Contracts;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>
/// Checks a deserialized request body against the attributes on its contract (required, max length,
/// enumeration values), recursing into nested messages; keys are paths such as "Lines[0].Amount".
/// </summary>
internal static class ContractValidator
{
    private static readonly ConcurrentDictionary<Type, PropertyRule[]> _rules = new();

    public static List<ApiError> Validate(object root)
    {
        var errors = new List<ApiError>();
        Walk(root, string.Empty, errors);
        return errors;
    }

    private static void Walk(object instance, string prefix, List<ApiError> errors)
    {
        foreach (var rule in _rules.GetOrAdd(instance.GetType(), Describe))
        {
            var value = rule.Property.GetValue(instance);
            var key = prefix + rule.Property.Name;
            foreach (var attribute in rule.Attributes)
            {
                if (!attribute.IsValid(value))
                {
                    errors.Add(new ApiError { Key = key, Value = attribute.FormatErrorMessage(rule.Property.Name) });
                }
            }

            if (value is null || !rule.Nested)
            {
                continue;
            }

            if (value is IList list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is { } item)
                    {
                        Walk(item, $"{key}[{i}].", errors);
                    }
                }
            }
            else
            {
                Walk(value, key + ".", errors);
            }
        }
    }

    private static PropertyRule[] Describe(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => new PropertyRule(p, [.. p.GetCustomAttributes<ValidationAttribute>()], IsContract(p.PropertyType)))];

    private static bool IsContract(Type type)
    {
        var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : type;
        return element.IsClass && element.Namespace == typeof(IBuildiumRecord).Namespace;
    }

    private sealed record PropertyRule(PropertyInfo Property, ValidationAttribute[] Attributes, bool Nested);
}
