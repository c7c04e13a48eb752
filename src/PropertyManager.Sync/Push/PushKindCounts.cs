namespace PropertyManager.Sync.Push;

/// <summary>What one push run did for one kind.</summary>
public sealed class PushKindCounts
{
    public int Pushed { get; set; }

    public int Failed { get; set; }

    /// <summary>Left pending for a later run, e.g. waiting for a parent to reach Buildium.</summary>
    public int Skipped { get; set; }
}
