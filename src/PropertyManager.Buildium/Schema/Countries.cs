using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace PropertyManager.Buildium.Schema;

/// <summary>
/// Buildium's <c>Country</c> enumeration (the values of <c>SaveAddressMessage.Country</c> in <c>openapi.json</c>):
/// the value stored and sent (<c>UnitedStates</c>), the name people read ("United States"), and the way back from
/// free text older rows hold ("US", "United States", "usa").
/// </summary>
public static partial class Countries
{
    /// <summary>Buildium's values, in its order.</summary>
    public static IReadOnlyList<string> Values { get; } = RequestSchemas.Resolve("RentalPropertyPostMessage", "Address.Country").Field.Values!;

    /// <summary>Names CamelCase splitting gets wrong (Buildium runs lower-case words into the value).</summary>
    private static readonly FrozenDictionary<string, string> s_names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AntiguaandBarbuda"] = "Antigua and Barbuda",
        ["AshmoreandCartierIslands"] = "Ashmore and Cartier Islands",
        ["BassasdaIndia"] = "Bassas da India",
        ["BosniaandHerzegovina"] = "Bosnia and Herzegovina",
        ["DemocraticRepublicOfTheCongo"] = "Democratic Republic of the Congo",
        ["RepublicOfTheCongo"] = "Republic of the Congo",
        ["CotedIvoire"] = "Côte d'Ivoire",
        ["FrenchSouthernandAntarcticLands"] = "French Southern and Antarctic Lands",
        ["GuineaBissau"] = "Guinea-Bissau",
        ["HeardIslandandMcDonaldIslands"] = "Heard Island and McDonald Islands",
        ["IsleofMan"] = "Isle of Man",
        ["JuandeNovaIsland"] = "Juan de Nova Island",
        ["SaintKittsandNevis"] = "Saint Kitts and Nevis",
        ["SaintPierreandMiquelon"] = "Saint Pierre and Miquelon",
        ["SaintVincentandtheGrenadines"] = "Saint Vincent and the Grenadines",
        ["SaoTomeandPrincipe"] = "São Tomé and Príncipe",
        ["SerbiaandMontenegro"] = "Serbia and Montenegro",
        ["SouthGeorgiaandtheSouthSandwichIslands"] = "South Georgia and the South Sandwich Islands",
        ["TimorLeste"] = "Timor-Leste",
        ["TrinidadandTobago"] = "Trinidad and Tobago",
        ["TurksandCaicosIslands"] = "Turks and Caicos Islands",
        ["WallisandFutuna"] = "Wallis and Futuna",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Common ways of writing a country that are neither its value nor its name.</summary>
    private static readonly FrozenDictionary<string, string> s_aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["us"] = "UnitedStates",
        ["usa"] = "UnitedStates",
        ["unitedstatesofamerica"] = "UnitedStates",
        ["america"] = "UnitedStates",
        ["uk"] = "UnitedKingdom",
        ["gb"] = "UnitedKingdom",
        ["greatbritain"] = "UnitedKingdom",
        ["england"] = "UnitedKingdom",
        ["uae"] = "UnitedArabEmirates",
        ["can"] = "Canada",
        ["mex"] = "Mexico",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, string>> s_byKey = new(() =>
        Values!.SelectMany(v => new[] { (Key(v), v), (Key(NameOf(v)), v) })
            .Concat(s_aliases.Select(a => (a.Key, a.Value)))
            .DistinctBy(p => p.Item1)
            .ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal));

    public static bool IsValue(string? value) => value is not null && Values.Contains(value, StringComparer.Ordinal);

    /// <summary>"United States" for <c>UnitedStates</c>; the text itself when it is not a value.</summary>
    public static string NameOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return s_names.TryGetValue(value, out var name) ? name : Words().Replace(value, " ");
    }

    /// <summary>
    /// The value a stored or typed country stands for: a value as is, a readable name or a known alias (any case,
    /// spaces and dots ignored) mapped; null when blank or unknown, so the form asks to choose.
    /// </summary>
    public static string? ValueOf(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : IsValue(text) ? text
        : s_byKey.Value.GetValueOrDefault(Key(text));

    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex Words();
}
