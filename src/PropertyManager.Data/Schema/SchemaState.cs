namespace PropertyManager.Data.Schema;

/// <summary>How the database's migration history and tables compare with this build (<see cref="PresentTables"/>: documented tables found).</summary>
public sealed record SchemaState(
    IReadOnlyList<string> Applied,
    IReadOnlyList<string> Pending,
    IReadOnlyList<string> UnknownApplied,
    IReadOnlyList<string> MissingTables,
    IReadOnlyList<string> PresentTables)
{
    public bool IsCurrent => Pending.Count == 0 && UnknownApplied.Count == 0 && MissingTables.Count == 0;
}
