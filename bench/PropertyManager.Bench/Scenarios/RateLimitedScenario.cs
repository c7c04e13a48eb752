using System.Globalization;
using System.Text;
using PropertyManager.Bench.Infrastructure;
using PropertyManager.Bench.Reporting;
using PropertyManager.Bench.Worker;

namespace PropertyManager.Bench.Scenarios;

/// <summary>
/// The documented limit on at both ends (emulator 10/s and 10 in flight, client default 10/s): an initial sync of
/// the kinds without children (a full large sync with children would take hours at 10/s), one <c>--entity</c> run
/// per kind in dependency order on a fresh database. The floor is the pages fetched divided by 10 per second; the
/// budget is 15% above it, with no 429 reaching the caller (every kind succeeded). Each run's worker first syncs one
/// GL-account page unmeasured, so the ratio is the limiter's and the pull's, not a cold process's.
/// </summary>
internal sealed class RateLimitedScenario : IScenario
{
    public const double RatioBudget = 1.15;

    public string Name => "rate-limited";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var emulator = await context.EmulatorAsync("large", cancellationToken);
        var runs = new List<(WorkerResult Result, EmulatorStatsSnapshot Stats)>();
        var warmUps = new List<double>();
        await emulator.SetRateLimitAsync(true, cancellationToken);
        try
        {
            for (var run = 1; run <= context.Options.Runs; run++)
            {
                var database = await context.Databases.CreateAsync(Name, cancellationToken);
                WorkerResult result;
                await using (var worker = await WorkerProcess.StartAsync(BenchContext.Setup(emulator, database, rateLimited: true), cancellationToken))
                {
                    // A fresh process spends about a second on its first call (JIT, EF model, connections): a fixed cost
                    // that is not the limiter's, paid here by one GL-account page and reported on its own row.
                    warmUps.Add((await worker.RunAsync(new WorkerCommand("entities", ["gl_account"]), cancellationToken)).Seconds);
                    // The limiter's window must not start with the warm-up's requests in it.
                    await Task.Delay(TimeSpan.FromSeconds(1.5), cancellationToken);
                    await emulator.ResetStatsAsync(cancellationToken);
                    result = await worker.RunAsync(new WorkerCommand("entities", context.Options.RateLimitedKinds), cancellationToken);
                }

                var stats = await emulator.StatsAsync(cancellationToken);
                runs.Add((result, stats));
                context.Log(string.Create(CultureInfo.InvariantCulture,
                    $"{Name} run {run}/{context.Options.Runs}: {(result.Succeeded ? "ok" : "FAILED")} {result.Seconds:0.0} s for {stats.Admitted} pages (floor {Floor(stats):0.0} s), {stats.RateLimitedCount} 429s at the emulator"));
                foreach (var error in result.Errors)
                {
                    context.Log("  " + error);
                }

                await context.Databases.DropAsync(database, cancellationToken);
            }
        }
        finally
        {
            await emulator.SetRateLimitAsync(false, CancellationToken.None);
        }

        var results = context.Results;
        results.Add(Name, "seconds", runs.Select(r => r.Result.Seconds), format: "0.0");
        results.Add(Name, "pages fetched (API calls answered)", runs.Select(r => (double)r.Stats.Admitted), format: "0");
        results.Add(Name, "floor: pages / 10 per s (s)", runs.Select(r => Floor(r.Stats)), format: "0.0");
        results.Add(Name, "seconds / floor", runs.Select(r => r.Result.Seconds / Floor(r.Stats)), Budget.AtMost(RatioBudget), "0.00");
        results.Add(Name, "limiter share of wall time (a call waiting for a permit)", runs.Select(r => r.Result.LimiterBoundSeconds / r.Result.Seconds), format: "0.00");
        results.Add(Name, "429s at the emulator (retried)", runs.Select(r => (double)r.Stats.RateLimitedCount), format: "0");
        results.Add(Name, "warm-up: first call of a fresh process (s, not in the above)", warmUps, format: "0.00");
        results.Add(Name, "failed kinds (a 429 reaching the caller)", runs.Select(r => (double)r.Result.FailedKinds), Budget.Exactly(0), "0");
        results.AddDetail($"{Name}: per kind (medians of {runs.Count} runs; kinds: {string.Join(", ", context.Options.RateLimitedKinds)})", PerKind(runs));
    }

    private static double Floor(EmulatorStatsSnapshot stats) => stats.Admitted / (double)BenchContext.DocumentedRequestsPerSecond;

    private static string PerKind(List<(WorkerResult Result, EmulatorStatsSnapshot Stats)> runs)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(string.Create(c, $"{"kind",-18} {"seconds",8} {"read",9} {"written",9}"));
        foreach (var name in runs.SelectMany(r => r.Result.Kinds.Select(k => k.Name)).Distinct())
        {
            var kinds = runs.SelectMany(r => r.Result.Kinds.Where(k => k.Name == name)).ToList();
            text.AppendLine(string.Create(c,
                $"{name,-18} {Statistics.Median([.. kinds.Select(k => k.Seconds)]),8:0.00} {Statistics.Median([.. kinds.Select(k => (double)k.Read)]),9:N0} {Statistics.Median([.. kinds.Select(k => (double)(k.Created + k.Updated))]),9:N0}"));
        }

        text.AppendLine().AppendLine("API calls by route (last run):");
        foreach (var (route, count) in runs[^1].Stats.ByRoute())
        {
            text.AppendLine(string.Create(c, $"  {count,9:N0}  {route}"));
        }

        return text.ToString();
    }
}
