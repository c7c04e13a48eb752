using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Runs;

/// <summary>The outcome of a run; <see cref="Skipped"/> when another instance held the sync lock.</summary>
public sealed record SyncRunReport(Guid RunId, bool Skipped, bool Succeeded, IReadOnlyDictionary<string, KindCounts> Kinds, long ApiCalls, IReadOnlyList<string> Errors)
{
    /// <summary>Child reads stopped part-way for waiting work (<see cref="KindCounts.Paused"/>): the next run carries on.</summary>
    public bool Paused => Kinds.Values.Any(k => k.Paused);
}
