using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Schema;

namespace PropertyManager.Web.Forms;

/// <summary>
/// Buildium's rules for a form, taken from the request message it is pushed as (<see cref="RequestSchemas"/>,
/// generated from <c>openapi.json</c>): required properties (an optional object's once any part of it is given),
/// length limits, enumeration values, and the cross-field rules the schema states in words (a United States
/// address's state, a tax id's format by its type). A form refuses here what Buildium would refuse at the push.
/// </summary>
public static partial class BuildiumSchemaRules
{
    private static readonly ConcurrentDictionary<Type, MappedField[]> s_fields = new();

    /// <summary>Adds the rules of <typeparamref name="T"/>'s message after the validator's own, which keep their wording.</summary>
    public static void AddBuildiumRules<T>(this AbstractValidator<T> validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var fields = FieldsOf(typeof(T));
        validator.RuleFor(x => x).Custom((input, context) =>
        {
            foreach (var failure in Check(fields, input!))
            {
                context.AddFailure(failure);
            }
        });
    }

    /// <summary>The input's fields with the message property each is sent as.</summary>
    public static IReadOnlyList<MappedField> FieldsOf(Type inputType) => s_fields.GetOrAdd(inputType, Describe);

    private static MappedField[] Describe(Type type)
    {
        var schema = type.GetCustomAttribute<BuildiumMessageAttribute>()?.Schema
            ?? throw new InvalidOperationException($"{type.Name} has no [BuildiumMessage].");
        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Field: p.GetCustomAttribute<BuildiumFieldAttribute>()))
            .Where(x => x.Field is not null)
            .Select(x => new MappedField(x.Property, RequestSchemas.Resolve(schema, x.Field!.Path), x.Field.Label ?? Label(x.Property.Name)))];
    }

    private static IEnumerable<ValidationFailure> Check(IReadOnlyList<MappedField> fields, object input)
    {
        var values = fields.ToDictionary(f => f.Rule.Path, f => Text(f.Property.GetValue(input)), StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var rule = field.Rule;
            var value = values[rule.Path];
            var name = field.Property.Name;
            var choice = rule.Field.Values is not null || field.Property.PropertyType != typeof(string);
            if (value is null)
            {
                if (rule.Required)
                {
                    yield return new ValidationFailure(name, $"{(choice ? "Choose" : "Enter")} the {field.Label}; Buildium requires it.");
                }
                else if (rule.Field.Required && rule.OptionalObject is { } group
                    && fields.Any(f => f.Rule.OptionalObject == group && values[f.Rule.Path] is not null))
                {
                    yield return new ValidationFailure(name, $"{(choice ? "Choose" : "Enter")} the {field.Label}; Buildium requires it once any part of the {Label(group)} is given.");
                }

                continue;
            }

            if (rule.Field.MaxLength is { } max && value.Length > max)
            {
                yield return new ValidationFailure(name, $"Buildium takes at most {max.ToString(CultureInfo.InvariantCulture)} characters here.");
            }
            else if (rule.Field.MinLength is > 1 and var min && value.Length < min)
            {
                yield return new ValidationFailure(name, $"Buildium needs at least {min.ToString(CultureInfo.InvariantCulture)} characters here.");
            }
            else if (rule.Field.Values is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
            {
                yield return new ValidationFailure(name, $"Choose one of the listed values for the {field.Label}.");
            }
            else if (CrossFieldError(rule, fields, values) is { } error)
            {
                yield return new ValidationFailure(name, error);
            }
        }
    }

    /// <summary>What the schema says in words about one field given its siblings in the same message object.</summary>
    private static string? CrossFieldError(RequestPath rule, IReadOnlyList<MappedField> fields, Dictionary<string, string?> values)
    {
        var parent = rule.Path.Contains('.', StringComparison.Ordinal) ? rule.Path[..(rule.Path.LastIndexOf('.') + 1)] : "";
        bool Has(string name) => fields.Any(f => f.Rule.Path == parent + name);
        string? Sibling(string name) => Has(name) ? values[parent + name] : null;
        var value = values[rule.Path];
        switch (rule.Field.Name)
        {
            // SaveAddressMessage.State: "When Country is set to UnitedStates this value must be a valid state name or abbreviation."
            case "State" when Sibling("Country") == "UnitedStates" && !UsStates.IsValid(value):
                return "Enter a US state name or its two-letter abbreviation, as Buildium requires for the United States.";
            // TaxPayerId: "SSN must be formatted as 123-45-6789. EIN must be formatted as 12-3456789." With no type field
            // on the form, the type is the one the id's format says, so it must have one of the two.
            case "TaxPayerId":
                var type = Sibling("TaxPayerType");
                var typeOf = TaxPayerIds.TypeOf(value);
                return (type, typeOf) switch
                {
                    (_, null) when TaxPayerIds.IsMasked(value) => "Enter the full id; Buildium never takes a masked one.",
                    ("SSN", not TaxPayerIdType.SSN) => "Enter the SSN as 123-45-6789.",
                    ("EIN", not TaxPayerIdType.EIN) => "Enter the EIN as 12-3456789.",
                    (null, _) when Has("TaxPayerType") => "Choose whether the id is an SSN or an EIN; Buildium takes the type with the id.",
                    (null, null) => "Enter an SSN as 123-45-6789 or an EIN as 12-3456789.",
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>"PostalCode" → "postal code"; "Address.Country" → "address".</summary>
    private static string Label(string name) =>
        Words().Replace(name.Split('.')[0], " ").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex Words();
}
