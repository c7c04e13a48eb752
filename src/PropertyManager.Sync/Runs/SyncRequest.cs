namespace PropertyManager.Sync.Runs;

/// <summary>What a run should do: incremental (default), <see cref="Full"/>, one <see cref="Kind"/>, or one record of it.</summary>
public sealed record SyncRequest(string Trigger, bool Full = false, string? Kind = null, int? BuildiumId = null, bool PushOnly = false)
{
    public string Mode => PushOnly ? "push" : BuildiumId is not null ? "record" : Kind is not null ? "entity" : Full ? "full" : "incremental";
}
