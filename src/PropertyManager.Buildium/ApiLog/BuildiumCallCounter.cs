namespace PropertyManager.Buildium.ApiLog;

/// <summary>Counts HTTP attempts against Buildium in this process, so a sync run can report the calls it made.</summary>
public sealed class BuildiumCallCounter
{
    private long _attempts;

    public long Attempts => Interlocked.Read(ref _attempts);

    internal void Increment() => Interlocked.Increment(ref _attempts);
}
