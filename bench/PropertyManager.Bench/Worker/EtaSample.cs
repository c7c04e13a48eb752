namespace PropertyManager.Bench.Worker;

/// <summary>The sync's own ETA at one moment of a run: seconds since the start, and the time left it predicted then.</summary>
internal sealed record EtaSample(double Elapsed, double? SecondsLeft, long CallsDone, long CallsLeft);
