namespace PropertyManager.BuildiumEmulator.Storage;

/// <summary>
/// One stored resource. The value is never mutated once stored (updates store a new value), so readers can
/// serialize it without locks. LastUpdatedUtc exists for every kind, even those whose JSON has no timestamp.
/// </summary>
internal sealed record StoredRecord<T>(int Id, int ParentId, T Value, DateTime LastUpdatedUtc)
    where T : class;
