namespace PropertyManager.Sync.Runs;

/// <summary>
/// What a run should do: incremental (default), <see cref="Full"/>, one <see cref="Kind"/>, or one record of it. A full
/// run re-reads children only under parents Buildium changed unless <see cref="Children"/> asks for all of them.
/// </summary>
public sealed record SyncRequest(string Trigger, bool Full = false, string? Kind = null, int? BuildiumId = null, bool PushOnly = false, bool Children = false)
{
    public string Mode => PushOnly ? "push" : BuildiumId is not null ? "record" : Kind is not null ? "entity" : Full ? "full" : "incremental";
}
