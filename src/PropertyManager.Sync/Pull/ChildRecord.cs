namespace PropertyManager.Sync.Pull;

/// <summary>A record read through its parent's endpoint (a bill's payment, a task's history entry), with the parent's Buildium ids.</summary>
public sealed record ChildRecord<T>(int ParentId, T Item, int GrandparentId = 0);
