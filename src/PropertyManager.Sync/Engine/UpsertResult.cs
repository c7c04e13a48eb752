namespace PropertyManager.Sync.Engine;

/// <summary>What one batch upsert did, and the local id of every row keyed by its Buildium id.</summary>
public sealed record UpsertResult(int Created, int Updated, int Unchanged, IReadOnlyDictionary<int, object> LocalIds, IReadOnlySet<int> Changed);
