namespace PropertyManager.Buildium.Files;

/// <summary>Buildium <c>FileMessage</c> (read shape).</summary>
public sealed class FileMessage
{
    public int Id { get; set; }

    public FileEntityMessage? FileEntity { get; set; }

    public int? CategoryId { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? PhysicalFileName { get; set; }

    public int Size { get; set; }

    public string? ContentType { get; set; }

    public DateTimeOffset UploadedDateTime { get; set; }
}
