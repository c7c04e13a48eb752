namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "TaskHistoryFileMessage" schema (shared/buildium/openapi.json).
internal sealed class TaskHistoryFileMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Title { get; set; }

    public string? PhysicalFileName { get; set; }

    public long? Size { get; set; }

    public string? ContentType { get; set; }

    public DateTime? UploadedDateTime { get; set; }
}
