namespace PropertyManager.Bench.Worker;

/// <summary>What a worker reports for one sync, as one JSON line on stdout.</summary>
internal sealed record WorkerResult(
    bool Succeeded,
    double Seconds,
    long ClientApiCalls,
    IReadOnlyList<string> Errors,
    IReadOnlyList<KindResult> Kinds,
    double BaselineWorkingSetMb,
    double PeakWorkingSetMb,
    double WorkingSetAfterGcMb,
    double ManagedHeapAfterGcMb,
    bool PeakIsPerRun,
    bool ServerGc)
{
    /// <summary>For a <c>first-sync</c> command: seconds until every list kind was read, and the calls made by then.</summary>
    public ListsDone? ListsDone { get; init; }

    /// <summary>For a <c>first-sync</c> command: the run's ETA as it was shown, sampled through the run.</summary>
    public IReadOnlyList<EtaSample> EtaSamples { get; init; } = [];

    /// <summary>
    /// Seconds of the run during which at least one call waited for the client's rate limiter (Buildium's limit set the
    /// pace); the rest of the time our pipeline (or the server's answers) did.
    /// </summary>
    public double LimiterBoundSeconds { get; init; }

    /// <summary>The prefix that marks a result line, so that nothing else a library prints to stdout is mistaken for one.</summary>
    public const string LinePrefix = "BENCH-RESULT ";

    public int Written => Kinds.Sum(k => k.Created + k.Updated);

    public int Read => Kinds.Sum(k => k.Read);

    /// <summary>Kinds that failed; a run that failed otherwise (e.g. skipped for the sync lock) counts as one.</summary>
    public int FailedKinds => Math.Max(Kinds.Count(k => k.Failed > 0), Succeeded ? 0 : 1);
}
