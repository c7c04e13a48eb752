using System.Globalization;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>Parses Buildium query parameters; a value in the wrong format ends the request with 400.</summary>
internal static class QueryReader
{
    public static string? Text(IQueryCollection query, string key)
    {
        var value = query[key].ToString();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static int? Int(IQueryCollection query, string key)
    {
        var text = Text(query, key);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw BuildiumApiException.BadRequest(key, $"'{text}' is not a valid integer.");
    }

    public static double? Double(IQueryCollection query, string key)
    {
        var text = Text(query, key);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw BuildiumApiException.BadRequest(key, $"'{text}' is not a valid number.");
    }

    public static bool? Bool(IQueryCollection query, string key)
    {
        var text = Text(query, key);
        if (text is null)
        {
            return null;
        }

        return bool.TryParse(text, out var value)
            ? value
            : throw BuildiumApiException.BadRequest(key, $"'{text}' is not a valid boolean.");
    }

    /// <summary>Array parameters repeat the key (?propertyids=1&amp;propertyids=2), as Buildium's "explode: true".</summary>
    public static HashSet<int>? IntSet(IQueryCollection query, string key)
    {
        var values = query[key];
        if (values.Count == 0)
        {
            return null;
        }

        var result = new HashSet<int>();
        foreach (var text in values)
        {
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                throw BuildiumApiException.BadRequest(key, $"'{text}' is not a valid integer.");
            }

            result.Add(value);
        }

        return result;
    }

    public static HashSet<string>? TextSet(IQueryCollection query, string key)
    {
        var values = query[key];
        return values.Count == 0 ? null : values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Enumeration values bind case-insensitively (as ASP.NET does) and come back in Buildium's spelling.</summary>
    public static string? Enum(IQueryCollection query, string key, IReadOnlyList<string> allowed)
    {
        var text = Text(query, key);
        return text is null ? null : Canonical(key, text, allowed);
    }

    public static HashSet<string>? EnumSet(IQueryCollection query, string key, IReadOnlyList<string> allowed)
    {
        var values = query[key];
        return values.Count == 0 ? null : values.Select(v => Canonical(key, v ?? string.Empty, allowed)).ToHashSet(StringComparer.Ordinal);
    }

    public static DateOnly? Date(IQueryCollection query, string key)
    {
        var text = Text(query, key);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw BuildiumApiException.BadRequest(key, $"'{text}' is not a valid date. Use the format YYYY-MM-DD.");
    }

    /// <summary>
    /// Date-time filters take any ISO 8601 date-time (<see cref="IsoDateTime"/>) or a bare YYYY-MM-DD (seen honoured
    /// live); Buildium asks for YYYY-MM-DDTHH:MM:SSZ. Date-only filters take YYYY-MM-DD and nothing else.
    /// </summary>
    public static TimestampBound? Timestamp(IQueryCollection query, string key, TimestampPrecision precision)
    {
        var text = Text(query, key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new TimestampBound(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), TimestampPrecision.Day);
        }

        if (precision == TimestampPrecision.Second && IsoDateTime.TryParse(text, out var utc))
        {
            // Compared at whole seconds, as records are.
            return new TimestampBound(new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc), TimestampPrecision.Second);
        }

        var expected = precision == TimestampPrecision.Second ? "YYYY-MM-DDTHH:MM:SSZ" : "YYYY-MM-DD";
        throw BuildiumApiException.BadRequest(key, $"'{text}' is not a valid value. Use the format {expected}.");
    }

    private static string Canonical(string key, string text, IReadOnlyList<string> allowed)
    {
        foreach (var value in allowed)
        {
            if (value.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw BuildiumApiException.BadRequest(key, $"'{text}' is not a valid value. Valid values: {string.Join(", ", allowed)}.");
    }
}
