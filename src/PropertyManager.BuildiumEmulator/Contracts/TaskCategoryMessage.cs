namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "TaskCategoryMessage" schema (shared/buildium/openapi.json).
internal sealed class TaskCategoryMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsSystemCategory { get; set; }

    public List<TaskSubCategoryMessage>? SubCategories { get; set; }
}
