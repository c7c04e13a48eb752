namespace PropertyManager.Buildium.Files;

/// <summary>Buildium <c>FileDownloadMessage</c> (read shape).</summary>
public sealed class FileDownloadMessage
{
    public string? DownloadUrl { get; set; }
}
