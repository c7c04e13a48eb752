namespace PropertyManager.BuildiumEmulator.Tasks;

/// <summary>One per-type task endpoint set: its path, its read projection, and how its POST and PUT bodies map.</summary>
internal sealed record TaskTypeDefinition<TPost, TPut>(
    string Path,
    string TaskType,
    string NotFoundMessage,
    Func<TaskRecord, object> Projection,
    Func<TPost, TaskRecord> Create,
    Func<TaskRecord, TPut, TaskRecord> Update,
    Func<TPut, string?> MessageOf);
