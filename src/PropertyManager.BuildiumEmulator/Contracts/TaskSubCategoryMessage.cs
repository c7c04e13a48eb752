namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "TaskSubCategoryMessage" schema (shared/buildium/openapi.json).
internal sealed class TaskSubCategoryMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Name { get; set; }
}
