namespace PropertyManager.Bench.Worker;

/// <summary>
/// One kind's share of a measured sync: its time, counts, and the process's memory while it ran: resident peak and
/// end, and the GC's view at its end (heap after the last collection, memory the GC holds committed), which tells
/// data the sync keeps from memory the collector merely has not returned.
/// </summary>
internal sealed record KindResult(
    string Name,
    double Seconds,
    int Read,
    int Created,
    int Updated,
    int Unchanged,
    int Deactivated,
    int Failed,
    double PeakWorkingSetMb,
    double WorkingSetAtEndMb,
    double GcHeapAtEndMb,
    double GcCommittedAtEndMb);
