namespace PropertyManager.Bench.Reporting;

/// <summary>One metric of one scenario over its repetitions.</summary>
internal sealed record ResultRow(string Scenario, string Metric, IReadOnlyList<double> Values, Budget Budget, string Format = "0.##")
{
    public double Median => Statistics.Median(Values);

    public double Min => Values.Count == 0 ? double.NaN : Values.Min();

    public double Max => Values.Count == 0 ? double.NaN : Values.Max();

    /// <summary>"pass", "FAIL", or empty when the row has no budget.</summary>
    public string Verdict => Budget.IsMet is null ? "" : Values.Count > 0 && Budget.IsMet(Median) ? "pass" : "FAIL";
}
