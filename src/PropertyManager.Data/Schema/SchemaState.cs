namespace PropertyManager.Data.Schema;

/// <summary>How the database's migration history and tables compare with this build (<see cref="PresentTables"/>: documented tables found).</summary>
public sealed record SchemaState(
    IReadOnlyList<string> Applied,
    IReadOnlyList<string> Pending,
    IReadOnlyList<string> UnknownApplied,
    IReadOnlyList<string> MissingTables,
    IReadOnlyList<string> PresentTables)
{
    /// <summary>The applied migrations of the documented tables alone (what decides whether a database needs a baseline).</summary>
    public IReadOnlyList<string> DocumentedApplied { get; init; } = Applied;

    public bool IsCurrent => Pending.Count == 0 && UnknownApplied.Count == 0 && MissingTables.Count == 0;
}
