using System.Globalization;

namespace PropertyManager.Bench.Reporting;

/// <summary>A limit from the issue, judged on a metric's median (none: the figure is reported for context).</summary>
internal sealed record Budget(string Text, Func<double, bool>? IsMet)
{
    public static Budget None { get; } = new("", null);

    public static Budget AtMost(double limit, string unit = "") => new(string.Create(CultureInfo.InvariantCulture, $"<= {limit:0.##}{unit}"), v => v <= limit);

    public static Budget Below(double limit, string unit = "") => new(string.Create(CultureInfo.InvariantCulture, $"< {limit:0.##}{unit}"), v => v < limit);

    public static Budget Exactly(double value) => new(string.Create(CultureInfo.InvariantCulture, $"= {value:0.##}"), v => v == value);
}
