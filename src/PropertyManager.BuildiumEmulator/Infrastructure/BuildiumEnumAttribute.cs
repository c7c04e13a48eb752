using System.Collections;
using System.Collections.Frozen;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using PropertyManager.BuildiumEmulator.Contracts;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>The string (or each string of a list) must be one of a Buildium enumeration's values, spelled exactly.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class BuildiumEnumAttribute : ValidationAttribute
{
    public BuildiumEnumAttribute(string enumName)
    {
        EnumName = enumName;
        var field = typeof(BuildiumEnums).GetField(enumName, BindingFlags.Public | BindingFlags.Static)
            ?? throw new ArgumentException($"Unknown Buildium enumeration '{enumName}'.", nameof(enumName));
        Values = ((string[])field.GetValue(null)!).ToFrozenSet(StringComparer.Ordinal);
    }

    public string EnumName { get; }

    public FrozenSet<string> Values { get; }

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string text => Values.Contains(text),
        IEnumerable items => items.Cast<object?>().All(item => item is string text && Values.Contains(text)),
        _ => false,
    };

    public override string FormatErrorMessage(string name) => $"The value of {name} is not a valid {EnumName} value.";
}
