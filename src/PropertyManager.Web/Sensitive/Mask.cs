namespace PropertyManager.Web.Sensitive;

/// <summary>
/// Masks identifiers a page or export must never show in full (tax ids, bank account and routing numbers): only the
/// last four characters remain, e.g. "•••• 6789". A value of four characters or fewer is masked entirely, since its
/// "last four" would be all of it. Display only: the stored value is encrypted (see PropertyManager.Data.Sensitive) and decrypted on read.
/// </summary>
public static class Mask
{
    public const string Dots = "••••";

    public static string? Last4(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= 4 ? Dots : $"{Dots} {trimmed[^4..]}";
    }
}
