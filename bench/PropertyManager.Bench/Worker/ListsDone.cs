namespace PropertyManager.Bench.Worker;

/// <summary>
/// When every list kind of a run had been read: seconds since the start and the calls made by then. A record, not a
/// tuple: the result crosses processes as JSON, which leaves a tuple's fields out.
/// </summary>
internal sealed record ListsDone(double Seconds, long Calls);
