using System.Text.RegularExpressions;

namespace PropertyManager.Buildium.Common;

/// <summary>
/// Tax payer ids as Buildium's write messages take them: an SSN as <c>123-45-6789</c>, an EIN as <c>12-3456789</c>,
/// always with its type. Buildium returns an individual's SSN masked (only the last four digits readable); a masked
/// id is never a value to send back.
/// </summary>
public static partial class TaxPayerIds
{
    /// <summary>The type a formatted id has, or null when it is neither an SSN nor an EIN (masked ids included).</summary>
    public static TaxPayerIdType? TypeOf(string? taxPayerId) =>
        taxPayerId is null ? null
        : Ssn().IsMatch(taxPayerId) ? TaxPayerIdType.SSN
        : Ein().IsMatch(taxPayerId) ? TaxPayerIdType.EIN
        : null;

    /// <summary>True for an id as Buildium masks it on read: digits hidden behind x, X or *.</summary>
    public static bool IsMasked(string? taxPayerId) => taxPayerId is not null && Masked().IsMatch(taxPayerId);

    /// <summary>True when <paramref name="masked"/> is how Buildium reads back <paramref name="full"/> (same last four digits).</summary>
    public static bool MasksOf(string? masked, string? full) =>
        IsMasked(masked) && TypeOf(full) is not null && masked!.Length >= 4 && full!.EndsWith(masked[^4..], StringComparison.Ordinal);

    [GeneratedRegex(@"^[0-9]{3}-[0-9]{2}-[0-9]{4}$")]
    private static partial Regex Ssn();

    [GeneratedRegex(@"^[0-9]{2}-[0-9]{7}$")]
    private static partial Regex Ein();

    [GeneratedRegex(@"^[xX*0-9-]*[xX*][xX*0-9-]*$")]
    private static partial Regex Masked();
}
