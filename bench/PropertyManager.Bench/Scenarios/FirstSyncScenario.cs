using System.Globalization;
using System.Text;
using PropertyManager.Bench.Infrastructure;
using PropertyManager.Bench.Reporting;
using PropertyManager.Bench.Worker;

namespace PropertyManager.Bench.Scenarios;

/// <summary>
/// A large account's first sync with the rate limit on at both ends, Buildium's 10/s scaled to <c>--first-sync-rate</c>
/// so the run takes minutes; every figure is a ratio to that rate's floor (calls / rate). Then a full re-sync of the
/// unchanged account in the same worker, next to it.
/// </summary>
internal sealed class FirstSyncScenario : IScenario
{
    public const double ListsRatioBudget = 1.2;
    public const double RunRatioBudget = 1.05;
    public const double EtaErrorBudgetPercent = 10;

    public string Name => "first-sync";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rate = context.Options.FirstSyncRate;
        var emulator = await context.EmulatorAsync("large", cancellationToken);
        var runs = new List<(WorkerResult First, EmulatorStatsSnapshot FirstStats, WorkerResult Again, EmulatorStatsSnapshot AgainStats)>();
        await emulator.SetRateLimitAsync(true, rate, cancellationToken);
        try
        {
            for (var run = 1; run <= context.Options.Runs; run++)
            {
                var database = await context.Databases.CreateAsync(Name, cancellationToken);
                await using (var worker = await WorkerProcess.StartAsync(BenchContext.Setup(emulator, database, rate), cancellationToken))
                {
                    await emulator.ResetStatsAsync(cancellationToken);
                    var first = await worker.RunAsync(new WorkerCommand("first-sync"), cancellationToken);
                    var firstStats = await emulator.StatsAsync(cancellationToken);
                    await emulator.ResetStatsAsync(cancellationToken);
                    var again = await worker.RunAsync(new WorkerCommand("full"), cancellationToken);
                    runs.Add((first, firstStats, again, await emulator.StatsAsync(cancellationToken)));
                    context.Log(string.Create(CultureInfo.InvariantCulture,
                        $"{Name} run {run}/{context.Options.Runs}: {(first.Succeeded ? "ok" : "FAILED")} {first.Seconds:0.0} s for {firstStats.Admitted:N0} calls (floor {firstStats.Admitted / (double)rate:0.0} s), lists read after {first.ListsDone?.Seconds:0.0} s; re-sync {again.Seconds:0.0} s, {runs[^1].AgainStats.Admitted:N0} calls"));
                    foreach (var error in first.Errors.Concat(again.Errors))
                    {
                        context.Log("  " + error);
                    }
                }

                await context.Databases.DropAsync(database, cancellationToken);
            }
        }
        finally
        {
            await emulator.SetRateLimitAsync(false, CancellationToken.None);
        }

        var results = context.Results;
        var name = string.Create(CultureInfo.InvariantCulture, $"{Name} @{rate}/s");
        results.Add(name, "seconds", runs.Select(r => r.First.Seconds), format: "0.0");
        results.Add(name, "API calls", runs.Select(r => (double)r.FirstStats.Admitted), format: "0");
        results.Add(name, "seconds / floor (calls / rate)", runs.Select(r => r.First.Seconds / (r.FirstStats.Admitted / (double)rate)), Budget.AtMost(RunRatioBudget), "0.00");
        results.Add(name, "lists read: seconds", runs.Select(r => r.First.ListsDone?.Seconds ?? double.NaN), format: "0.0");
        results.Add(name, "lists read: seconds / list-page floor", runs.Select(r => ListsRatio(r.First, rate)), Budget.AtMost(ListsRatioBudget), "0.00");
        foreach (var share in (double[])[0.25, 0.5, 0.75])
        {
            results.Add(name, string.Create(CultureInfo.InvariantCulture, $"ETA error at {share:P0} of the run (% of the time then left)"),
                runs.Select(r => EtaErrorPercent(r.First, share)), Budget.AtMost(EtaErrorBudgetPercent, " %"), "0.0");
        }

        results.Add(name, "rate use: calls / (rate x seconds)", runs.Select(r => r.FirstStats.Admitted / (rate * r.First.Seconds)), format: "0.00");
        results.Add(name, "limiter share of wall time (a call waiting for a permit)", runs.Select(r => r.First.LimiterBoundSeconds / r.First.Seconds), format: "0.00");
        results.Add(name, "429s at the emulator (retried)", runs.Select(r => (double)r.FirstStats.RateLimitedCount), format: "0");
        results.Add(name, "failed runs", runs.Select(r => r.First.Succeeded ? 0.0 : 1.0), Budget.Exactly(0), "0");
        results.Add(name, "re-sync of the unchanged account: seconds", runs.Select(r => r.Again.Seconds), format: "0.0");
        results.Add(name, "re-sync of the unchanged account: API calls", runs.Select(r => (double)r.AgainStats.Admitted), format: "0");
        results.AddDetail($"{name}: per kind, first sync and re-sync (last run)", PerKind(runs[^1].First, runs[^1].Again, runs[^1].AgainStats));
    }

    /// <summary>Where each sync's time went: list kinds set the time until lists are read, per-parent kinds the rest.</summary>
    private static string PerKind(WorkerResult first, WorkerResult again, EmulatorStatsSnapshot againStats)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(string.Create(c, $"{"kind",-22} {"first s",8} {"read",9} {"written",9} {"re-sync s",10} {"read",9} {"written",9}"));
        foreach (var kind in first.Kinds)
        {
            var next = again.Kinds.FirstOrDefault(k => k.Name == kind.Name);
            text.AppendLine(string.Create(c,
                $"{kind.Name,-22} {kind.Seconds,8:0.0} {kind.Read,9:N0} {kind.Created + kind.Updated,9:N0} {next?.Seconds,10:0.0} {next?.Read,9:N0} {next?.Created + next?.Updated,9:N0}"));
        }

        text.AppendLine().AppendLine("Re-sync API calls by route:");
        foreach (var (route, count) in againStats.ByRoute())
        {
            text.AppendLine(string.Create(c, $"  {count,9:N0}  {route}"));
        }

        return text.ToString();
    }

    /// <summary>Seconds until every list kind was read, over the calls made by then at the rate.</summary>
    private static double ListsRatio(WorkerResult result, int rate) =>
        result.ListsDone is { } lists ? lists.Seconds / (lists.Calls / (double)rate) : double.NaN;

    /// <summary>
    /// At <paramref name="share"/> of the run's time, how far the time left it showed was from the time actually left,
    /// in percent of the latter (absolute).
    /// </summary>
    private static double EtaErrorPercent(WorkerResult result, double share)
    {
        var at = result.Seconds * share;
        var sample = result.EtaSamples.Where(s => s.SecondsLeft is not null).MinBy(s => Math.Abs(s.Elapsed - at));
        if (sample is null)
        {
            return double.NaN;
        }

        var actualLeft = result.Seconds - sample.Elapsed;
        return Math.Abs(sample.SecondsLeft!.Value - actualLeft) / actualLeft * 100;
    }
}
