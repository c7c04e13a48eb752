namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "TaskCategoryResponseMessage" schema (shared/buildium/openapi.json).
internal sealed class TaskCategoryResponseMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public string? Href { get; set; }

    public TaskSubCategoryMessage? SubCategory { get; set; }
}
