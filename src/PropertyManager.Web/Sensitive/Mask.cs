namespace PropertyManager.Web.Sensitive;

/// <summary>
/// How sensitive values are shown: never in full, on any page or export. The one place to change when encryption
/// and an audited "reveal" arrive.
/// </summary>
public static class Mask
{
    /// <summary>A tax id as its last four letters or digits ("****6789"); values too short to hide anything show none.</summary>
    public static string? TaxId(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var significant = value.Where(char.IsLetterOrDigit).ToArray();
        return significant.Length <= 4 ? "****" : "****" + new string(significant[^4..]);
    }
}
