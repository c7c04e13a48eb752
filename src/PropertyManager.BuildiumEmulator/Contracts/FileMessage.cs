namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "FileMessage" schema (shared/buildium/openapi.json).
internal sealed class FileMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public FileEntityMessage? FileEntity { get; set; }

    public int? CategoryId { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? PhysicalFileName { get; set; }

    public int? Size { get; set; }

    public string? ContentType { get; set; }

    public DateTime? UploadedDateTime { get; set; }
}
