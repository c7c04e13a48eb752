namespace PropertyManager.Web.Charts;

/// <summary>
/// A horizontal bar chart drawn on the server as inline SVG (_BarChart partial): no script, so it passes a strict
/// Content-Security-Policy, and it reads at a glance where a table of numbers does not.
/// </summary>
public sealed record BarChart(string Title, IReadOnlyList<BarChart.Bar> Bars)
{
    public const int Width = 440;
    // Wide enough for the longest label ("Normal: work orders") at 13 px.
    public const int LabelWidth = 160;
    public const int RowHeight = 28;
    public const int BarHeight = 18;

    public int Height => Math.Max(1, Bars.Count) * RowHeight;

    public int Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);

    /// <summary>The bar's length in view-box units; the longest bar leaves room for its number.</summary>
    public int Length(Bar bar)
    {
        ArgumentNullException.ThrowIfNull(bar);
        var room = Width - LabelWidth - 50;
        return Max == 0 ? 0 : Math.Max(bar.Value > 0 ? 2 : 0, bar.Value * room / Max);
    }

    /// <param name="Tone">A Bootstrap colour name (primary, danger, ...): the bar takes it through <c>fill="currentColor"</c>.</param>
    public sealed record Bar(string Label, int Value, string? Href, string Tone = "primary");
}
