namespace PropertyManager.Buildium.Files;

/// <summary>Buildium <c>TaskHistoryFileMessage</c> (read shape).</summary>
public sealed class TaskHistoryFileMessage
{
    public int Id { get; set; }

    public string? Title { get; set; }

    public string? PhysicalFileName { get; set; }

    public long Size { get; set; }

    public string? ContentType { get; set; }

    public DateTimeOffset UploadedDateTime { get; set; }
}
