namespace PropertyManager.Web.Lists;

/// <summary>
/// A list filter's "from" and "to" days as moments (00:00 UTC). The day after the last representable one does not
/// exist, so "to 9999-12-31" means no upper bound instead of an overflow.
/// </summary>
public static class DayFilter
{
    /// <summary>The first moment of <paramref name="day"/>, or null when no day was given.</summary>
    public static DateTimeOffset? StartOf(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>The first moment after <paramref name="day"/>; null (no bound) when none was given or nothing comes after it.</summary>
    public static DateTimeOffset? EndOf(DateOnly? day) =>
        day is { } d && d < DateOnly.MaxValue ? StartOf(d.AddDays(1)) : null;
}
