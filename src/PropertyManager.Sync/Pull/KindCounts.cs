namespace PropertyManager.Sync.Pull;

/// <summary>The counters a run records per entity kind (and shows as progress while it runs).</summary>
public sealed class KindCounts
{
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Deactivated { get; set; }
    public int Pushed { get; set; }
    public int Failed { get; set; }
    /// <summary>Records read from Buildium so far.</summary>
    public int Read { get; set; }
    public bool Done { get; set; }
    /// <summary>Wall-clock seconds the kind took in this run.</summary>
    public double Seconds { get; set; }
}
