namespace PropertyManager.Bench;

/// <summary>What to run and how often; see the project's README for the defaults' reasoning.</summary>
internal sealed record BenchOptions(
    IReadOnlySet<string> Scenarios,
    int Runs,
    int WriteRuns,
    string OutPath,
    string EmulatorPath,
    IReadOnlyList<string> RateLimitedKinds,
    int FirstSyncRate);
