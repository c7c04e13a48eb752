using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using PropertyManager.Bench.Infrastructure;
using PropertyManager.Bench.Reporting;
using PropertyManager.Bench.Scenarios;

namespace PropertyManager.Bench;

/// <summary>Starts the cluster, runs the chosen scenarios in an order where each can reuse what the previous left, prints and writes the table.</summary>
internal static class BenchRunner
{
    /// <summary>
    /// "Flat as the portfolio grows", made measurable: going from the demo seed (about a hundred records) to the large
    /// one (about 150,000) may add at most a quarter of the 400 MB budget to the peak.
    /// </summary>
    public const double FlatGrowthBudgetMb = 100;

    public static IReadOnlyList<string> AllScenarios { get; } = ["full-large", "full-demo", "incremental", "rate-limited", "first-sync", "write-rate"];

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var wall = Stopwatch.StartNew();
        var started = DateTimeOffset.Now;
        await using var context = new BenchContext(options, await BenchDatabases.StartAsync(cancellationToken));
        context.Log($"PostgreSQL throwaway cluster up; scenarios: {string.Join(", ", AllScenarios.Where(options.Scenarios.Contains))}; runs {options.Runs}, write runs {options.WriteRuns}");
        foreach (var scenario in Create(options))
        {
            context.Log($"== {scenario.Name}");
            await scenario.RunAsync(context, cancellationToken);
        }

        AddFlatness(context);
        var header = string.Create(CultureInfo.InvariantCulture,
            $"## PropertyManager sync benchmark, {started:yyyy-MM-dd HH:mm zzz}{Environment.NewLine}{Environment.NewLine}" +
            $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {context.WorkerGc} in the sync worker; " +
            $"medians of {options.Runs} runs ({options.WriteRuns} for write-rate); wall time {wall.Elapsed:mm\\:ss}.");
        var report = context.Results.Render(header);
        Console.WriteLine();
        Console.WriteLine(report);
        await File.WriteAllTextAsync(options.OutPath, report, cancellationToken);
        Console.WriteLine($"Written to {options.OutPath}");
        return context.Results.Rows.Any(r => r.Verdict == "FAIL") ? 1 : 0;
    }

    private static IEnumerable<IScenario> Create(BenchOptions options)
    {
        foreach (var name in AllScenarios.Where(options.Scenarios.Contains))
        {
            yield return name switch
            {
                "full-large" => new FullSyncScenario("large"),
                "full-demo" => new FullSyncScenario("demo"),
                "incremental" => new IncrementalScenario(),
                "rate-limited" => new RateLimitedScenario(),
                "first-sync" => new FirstSyncScenario(),
                "write-rate" => new WriteRateScenario(),
                _ => throw new ArgumentException($"Unknown scenario '{name}'.", nameof(options)),
            };
        }
    }

    private static void AddFlatness(BenchContext context)
    {
        if (context.PeakWorkingSets.TryGetValue("large", out var large) && context.PeakWorkingSets.TryGetValue("demo", out var demo))
        {
            var baseline = Statistics.Median(demo);
            context.Results.Add(
                "full-large vs demo", "peak working set growth (MB)", large.Select(l => l - baseline), Budget.AtMost(FlatGrowthBudgetMb, " MB"), "0");
        }
    }
}
