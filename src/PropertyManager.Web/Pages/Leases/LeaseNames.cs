using System.Globalization;

namespace PropertyManager.Web.Pages.Leases;

/// <summary>
/// How a lease is named for people: by where it is and when it runs ("Maple Court · 2B · 1/1/2026 – 12/31/2026"),
/// never by its database number.
/// </summary>
public static class LeaseNames
{
    /// <summary>Property and unit, e.g. "Maple Court · 2B".</summary>
    public static string Place(string? property, string? unit)
    {
        var parts = new[] { property, unit is null ? null : $"unit {unit}" }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? "Lease without a unit" : string.Join(" · ", parts);
    }

    /// <summary>The lease's term, e.g. "1/1/2026 – 12/31/2026" or "from 1/1/2025, month-to-month".</summary>
    public static string Term(DateTime? start, DateTime? end, CultureInfo culture) => (start, end) switch
    {
        ({ } s, { } e) => $"{s.ToString("d", culture)} – {e.ToString("d", culture)}",
        ({ } s, null) => $"from {s.ToString("d", culture)}, month-to-month",
        (null, { } e) => $"until {e.ToString("d", culture)}",
        _ => "no dates",
    };

    public static string Of(string? property, string? unit, DateTime? start, DateTime? end, CultureInfo culture) =>
        $"{Place(property, unit)} · {Term(start, end, culture)}";
}
