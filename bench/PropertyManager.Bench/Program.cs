using System.CommandLine;
using System.CommandLine.Parsing;
using PropertyManager.Bench.Worker;

namespace PropertyManager.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/PropertyManager.Bench -- [options]</c>: measures the Buildium sync against
/// issue 4's budgets. <c>worker</c> is the child process the orchestrator starts for each measured sync.
/// </summary>
internal static class Program
{
    public static Task<int> Main(string[] args)
    {
        var scenarios = new Option<string[]>("--scenario", "-s")
        {
            Description = $"Scenarios to run (repeatable; default all): {string.Join(", ", BenchRunner.AllScenarios)}.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [.. BenchRunner.AllScenarios],
        };
        scenarios.AcceptOnlyFromAmong([.. BenchRunner.AllScenarios]);
        var runs = new Option<int>("--runs", "-n") { Description = "Repetitions of each sync scenario (medians are reported).", DefaultValueFactory = _ => 3 };
        runs.Validators.Add(AtLeastOne);
        var writeRuns = new Option<int>("--write-runs") { Description = "Repetitions of the write-rate comparison.", DefaultValueFactory = _ => 5 };
        writeRuns.Validators.Add(AtLeastOne);
        var output = new Option<string?>("--out", "-o") { Description = "Where to write the result table (markdown); default a new temp file." };
        var emulator = new Option<string>("--emulator")
        {
            Description = "The emulator's dll; default the copy built next to the bench.",
            DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "PropertyManager.BuildiumEmulator.dll"),
        };
        var rateKinds = new Option<string[]>("--rate-limited-kinds")
        {
            Description = "Kinds synced (one --entity run each, in this order) in the rate-limited scenario: kinds without children.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["gl_account", "bank_account", "property", "unit", "owner", "lease", "vendor_category", "vendor", "work_order"],
        };

        var firstSyncRate = new Option<int>("--first-sync-rate")
        {
            Description = "Requests per second at both ends in the first-sync scenario (Buildium's 10/s scaled up so the run takes minutes; figures are ratios to this rate's floor).",
            DefaultValueFactory = _ => 200,
        };
        firstSyncRate.Validators.Add(AtLeastOne);

        var root = new RootCommand("Benchmarks the Buildium sync (issue 4): full, rate-limited and incremental syncs against the emulator's large seed, and the database write rate.")
        {
            scenarios, runs, writeRuns, output, emulator, rateKinds, firstSyncRate,
        };
        root.SetAction((parse, cancellationToken) => BenchRunner.RunAsync(
            new BenchOptions(
                parse.GetValue(scenarios)!.ToHashSet(StringComparer.Ordinal),
                parse.GetValue(runs),
                parse.GetValue(writeRuns),
                parse.GetValue(output) ?? Path.Combine(Path.GetTempPath(), $"pm-bench-{DateTime.Now:yyyyMMdd-HHmmss}.md"),
                parse.GetValue(emulator)!,
                parse.GetValue(rateKinds)!,
                parse.GetValue(firstSyncRate)),
            cancellationToken));

        var worker = new Command("worker", "Internal: the sync worker process (reads its setup and commands on stdin).") { Hidden = true };
        worker.SetAction((_, cancellationToken) => SyncWorker.RunAsync(cancellationToken));
        root.Subcommands.Add(worker);
        return root.Parse(args).InvokeAsync();
    }

    private static void AtLeastOne(OptionResult result)
    {
        if (result.GetValueOrDefault<int>() < 1)
        {
            result.AddError($"{result.Option.Name} must be at least 1.");
        }
    }
}
