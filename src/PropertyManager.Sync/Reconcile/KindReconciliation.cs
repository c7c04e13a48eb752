namespace PropertyManager.Sync.Reconcile;

/// <summary>How one kind compares on both sides; it agrees when no id is listed.</summary>
public sealed record KindReconciliation(
    string Kind, int BuildiumCount, int LocalCount,
    IReadOnlyList<int> MissingLocally, IReadOnlyList<int> MissingInBuildium, IReadOnlyList<int> Different)
{
    public bool Agrees => MissingLocally.Count == 0 && MissingInBuildium.Count == 0 && Different.Count == 0;
}
