namespace PropertyManager.Web.Lists;

/// <summary>ILIKE patterns from user text: the user's % and _ are literal characters, not wildcards.</summary>
public static class SearchPattern
{
    public static string Contains(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = text.Trim()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        return "%" + escaped + "%";
    }
}
