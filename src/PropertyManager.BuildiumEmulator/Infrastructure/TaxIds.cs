using System.Text.RegularExpressions;
using PropertyManager.BuildiumEmulator.Contracts;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>
/// Tax payer ids as Buildium treats them: written in full (<c>123-45-6789</c> for an SSN, <c>12-3456789</c> for an
/// EIN, the type given with the id), stored in full, and returned with an SSN masked to its last four digits.
/// </summary>
internal static partial class TaxIds
{
    /// <summary>
    /// How an SSN reads back. Buildium documents that it masks SSNs but not the exact mask; this one keeps the
    /// format's dashes and the last four digits, like the account-number masks.
    /// </summary>
    public static string? MaskForRead(string? type, string? taxPayerId) =>
        type == "SSN" && taxPayerId is { Length: >= 4 } id ? $"xxx-xx-{id[^4..]}" : taxPayerId;

    /// <summary>
    /// Refuses (400, Buildium's error shape) an id without a type or a type without an id, and an id not in its
    /// type's format; a masked id read back from the API is not in either format.
    /// </summary>
    public static void Check(string? taxPayerId, string? type, string keyPrefix)
    {
        var errors = new List<ApiError>();
        if (!string.IsNullOrEmpty(taxPayerId) && type is null)
        {
            errors.Add(new ApiError { Key = $"{keyPrefix}.TaxPayerType", Value = "TaxPayerType is required when TaxPayerId is set." });
        }

        if (string.IsNullOrEmpty(taxPayerId) && type is not null)
        {
            errors.Add(new ApiError { Key = $"{keyPrefix}.TaxPayerId", Value = "TaxPayerId is required when TaxPayerType is set." });
        }

        if (!string.IsNullOrEmpty(taxPayerId) && type == "SSN" && !Ssn().IsMatch(taxPayerId))
        {
            errors.Add(new ApiError { Key = $"{keyPrefix}.TaxPayerId", Value = "An SSN must be formatted as 123-45-6789." });
        }

        if (!string.IsNullOrEmpty(taxPayerId) && type == "EIN" && !Ein().IsMatch(taxPayerId))
        {
            errors.Add(new ApiError { Key = $"{keyPrefix}.TaxPayerId", Value = "An EIN must be formatted as 12-3456789." });
        }

        if (errors.Count > 0)
        {
            throw new BuildiumApiException(StatusCodes.Status400BadRequest, "The request is invalid.", errors);
        }
    }

    [GeneratedRegex(@"^[0-9]{3}-[0-9]{2}-[0-9]{4}$")]
    private static partial Regex Ssn();

    [GeneratedRegex(@"^[0-9]{2}-[0-9]{7}$")]
    private static partial Regex Ein();
}
