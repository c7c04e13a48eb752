namespace PropertyManager.Sync.Conflicts;

/// <summary>
/// A three-way comparison of one record: the last synced state (base), the local row (mine) and Buildium's current
/// version (theirs), field by field, in local terms (entity property names).
/// </summary>
public sealed class MergeResult
{
    /// <summary>Fields the local row changed since the base (all differing fields when there is no base).</summary>
    public required IReadOnlySet<string> LocalChanged { get; init; }

    /// <summary>Fields Buildium changed since the base (none when there is no base: nothing to compare with).</summary>
    public required IReadOnlySet<string> BuildiumChanged { get; init; }

    /// <summary>Fields both changed, to different values: the conflict.</summary>
    public required IReadOnlySet<string> Contested { get; init; }
}
