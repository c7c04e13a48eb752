using System.Collections.Frozen;
using System.Text.Json.Serialization;

namespace PropertyManager.Buildium.Json;

/// <summary>
/// A Buildium enumeration value that travels as its string name. Buildium may add values at any time
/// (adding is not a breaking change for them), so an unknown name is kept as text instead of failing
/// the whole page; <see cref="IsKnown"/> tells the two apart.
/// </summary>
[JsonConverter(typeof(BuildiumEnumConverterFactory))]
public readonly struct BuildiumEnumValue<TEnum> : IEquatable<BuildiumEnumValue<TEnum>>
    where TEnum : struct, Enum
{
    // Exact, case-sensitive names only: Enum.TryParse would also accept "3" or "onebed".
    private static readonly FrozenDictionary<string, TEnum> s_byName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v.ToString(), StringComparer.Ordinal);

    private readonly string? _value;

    public BuildiumEnumValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    public BuildiumEnumValue(TEnum value)
    {
        _value = value.ToString();
    }

    /// <summary>The text exactly as Buildium sent it (empty for a default instance).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True when the instance holds no value at all (e.g. <c>default</c>).</summary>
    public bool IsEmpty => _value is null;

    public bool IsKnown => _value is not null && s_byName.ContainsKey(_value);

    /// <summary>The typed value, or null when Buildium sent a name this build does not know.</summary>
    public TEnum? Known => _value is not null && s_byName.TryGetValue(_value, out var v) ? v : null;

    public bool Is(TEnum value) => Known is { } known && EqualityComparer<TEnum>.Default.Equals(known, value);

    public static implicit operator BuildiumEnumValue<TEnum>(TEnum value) => new(value);

    public static bool operator ==(BuildiumEnumValue<TEnum> left, BuildiumEnumValue<TEnum> right) => left.Equals(right);

    public static bool operator !=(BuildiumEnumValue<TEnum> left, BuildiumEnumValue<TEnum> right) => !left.Equals(right);

    public bool Equals(BuildiumEnumValue<TEnum> other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is BuildiumEnumValue<TEnum> other && Equals(other);

    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    public override string ToString() => Value;
}
