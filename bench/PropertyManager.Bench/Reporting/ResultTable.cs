using System.Globalization;
using System.Text;

namespace PropertyManager.Bench.Reporting;

/// <summary>
/// Everything a bench run measured: the summary table the issue asks for (scenario, metric, median, min, max,
/// budget, verdict) and, below it, detail sections that say where the time and memory go.
/// </summary>
internal sealed class ResultTable
{
    private readonly List<ResultRow> _rows = [];
    private readonly List<(string Title, string Body)> _details = [];

    public IReadOnlyList<ResultRow> Rows => _rows;

    public void Add(ResultRow row) => _rows.Add(row);

    public void Add(string scenario, string metric, IEnumerable<double> values, Budget? budget = null, string format = "0.##") =>
        _rows.Add(new ResultRow(scenario, metric, [.. values], budget ?? Budget.None, format));

    /// <summary>A preformatted block (per-kind timings, notes) printed after the summary.</summary>
    public void AddDetail(string title, string body) => _details.Add((title, body));

    public string Render(string header)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(header).AppendLine();
        string[] columns = ["scenario", "metric", "median", "min", "max", "budget", "result"];
        var cells = _rows.Select(r => new[]
        {
            r.Scenario, r.Metric, r.Median.ToString(r.Format, c), r.Min.ToString(r.Format, c), r.Max.ToString(r.Format, c), r.Budget.Text, r.Verdict,
        }).ToList();
        var widths = columns.Select((name, i) => Math.Max(name.Length, cells.Count == 0 ? 0 : cells.Max(row => row[i].Length))).ToArray();
        AppendRow(text, columns, widths);
        text.Append('|');
        foreach (var (width, i) in widths.Select((w, i) => (w, i)))
        {
            // Numbers right-aligned, as markdown renders them.
            text.Append(i is >= 2 and <= 4 ? new string('-', width + 1) + ":|" : new string('-', width + 2) + "|");
        }

        text.AppendLine();
        foreach (var row in cells)
        {
            AppendRow(text, row, widths);
        }

        foreach (var (title, body) in _details)
        {
            text.AppendLine().AppendLine("### " + title).AppendLine().AppendLine("```").Append(body.TrimEnd()).AppendLine().AppendLine("```");
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (var i = 0; i < cells.Length; i++)
        {
            text.Append(' ').Append(i is >= 2 and <= 4 ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i])).Append(" |");
        }

        text.AppendLine();
    }
}
