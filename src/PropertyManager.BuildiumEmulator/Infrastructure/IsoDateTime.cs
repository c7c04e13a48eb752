using System.Globalization;
using System.Text.RegularExpressions;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>
/// ISO 8601 calendar date-times in the extended form, as Buildium's .NET servers bind them: 'T' (or a space)
/// between date and time, seconds optional, a fraction of any length ('.' or ','), and 'Z', ±hh, ±hhmm or
/// ±hh:mm (no designator = UTC, which Buildium asks for). Everything is converted to UTC.
/// </summary>
internal static partial class IsoDateTime
{
    public static bool TryParse(string text, out DateTime utc)
    {
        utc = default;
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        if (!DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        // Ticks are 100 ns: digits beyond the seventh cannot be represented and are dropped.
        var fraction = match.Groups["f"].Value;
        var ticks = fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture);
        var local = date.ToDateTime(new TimeOnly(hour, minute, second), DateTimeKind.Unspecified).AddTicks(ticks);

        var offset = TimeSpan.Zero;
        if (match.Groups["oh"].Success)
        {
            var offsetHours = int.Parse(match.Groups["oh"].Value, CultureInfo.InvariantCulture);
            var offsetMinutes = match.Groups["om"].Success ? int.Parse(match.Groups["om"].Value, CultureInfo.InvariantCulture) : 0;
            if (offsetHours > 14 || offsetMinutes > 59)
            {
                return false;
            }

            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (match.Groups["sign"].Value == "-")
            {
                offset = -offset;
            }
        }

        try
        {
            utc = DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // 0001-01-01 with a positive offset falls before DateTime.MinValue.
            return false;
        }
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})[T ](?<h>\d{2}):(?<m>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d+))?)?(?:Z|(?<sign>[+-])(?<oh>\d{2})(?::?(?<om>\d{2}))?)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
