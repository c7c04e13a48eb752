namespace PropertyManager.Sync.Pull;

/// <summary>The counters a run records per entity kind (and shows as progress while it runs).</summary>
public sealed class KindCounts
{
    private int _processed;

    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Deactivated { get; set; }
    public int Pushed { get; set; }
    public int Failed { get; set; }
    /// <summary>Records read from Buildium so far.</summary>
    public int Read { get; set; }
    public bool Done { get; set; }

    /// <summary>Why the run did not read this kind (a full scan not due yet); null when it did.</summary>
    public string? Skipped { get; set; }

    /// <summary>What the run left out of this kind and why (children of unchanged parents in a full run); null when nothing.</summary>
    public string? Note { get; set; }

    /// <summary>
    /// The run stopped reading this kind's children part-way so that waiting work (a push, the scheduled run) could go
    /// first; the parents done are marked and the next run carries on with the others.
    /// </summary>
    public bool Paused { get; set; }

    /// <summary>Parents whose children an earlier run left unread (stopped or paused) and this run reads under.</summary>
    public int Resumed { get; set; }

    /// <summary>
    /// What this run expects to go through, for a progress bar: records, from the first page's <c>X-Total-Count</c>;
    /// for kinds read under their parents (payments, history, files), the parents to read. Null until known.
    /// </summary>
    public int? Total { get; set; }

    /// <summary>Records (for child kinds: parents) gone through so far, against <see cref="Total"/>; updated as the kind runs.</summary>
    public int Processed
    {
        get => Volatile.Read(ref _processed);
        set => Volatile.Write(ref _processed, value);
    }

    /// <summary>One more; safe from the concurrent readers of children.</summary>
    internal void AddProcessed() => Interlocked.Increment(ref _processed);
    /// <summary>Wall-clock seconds the kind took in this run.</summary>
    public double Seconds { get; set; }
}
