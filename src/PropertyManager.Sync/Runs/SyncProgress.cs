using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Runs;

/// <summary>The run in progress in this process, for pages that show a live progress bar; null when idle.</summary>
public sealed class SyncProgress : IProgress<IReadOnlyDictionary<string, KindCounts>>
{
    private volatile Snapshot? _current;

    public Snapshot? Current => _current;

    public void Start(SyncRequest request) => _current = new Snapshot(request, new Dictionary<string, KindCounts>(), DateTimeOffset.UtcNow);

    public void Report(IReadOnlyDictionary<string, KindCounts> value)
    {
        if (_current is { } current)
        {
            _current = current with { Kinds = value.ToDictionary(k => k.Key, k => k.Value) };
        }
    }

    public void Finish() => _current = null;

    public sealed record Snapshot(SyncRequest Request, IReadOnlyDictionary<string, KindCounts> Kinds, DateTimeOffset StartedAt)
    {
        public int KindsDone => Kinds.Values.Count(k => k.Done || k.Failed > 0);
    }
}
