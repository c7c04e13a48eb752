namespace PropertyManager.Web.Lists;

/// <summary>
/// ILIKE patterns from user text: the user's % and _ are literal characters, not wildcards; and the same match for
/// rows already in memory.
/// </summary>
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

    /// <summary>What <c>ILIKE</c> with <see cref="Contains(string)"/> finds, for rows in memory: any value holding the text, in any case.</summary>
    public static bool Matches(string text, params ReadOnlySpan<string?> values)
    {
        ArgumentNullException.ThrowIfNull(text);
        var needle = text.Trim();
        foreach (var value in values)
        {
            if (value is not null && value.Contains(needle, StringComparison.CurrentCultureIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
