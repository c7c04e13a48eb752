namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "FileDownloadMessage" schema (shared/buildium/openapi.json).
internal sealed class FileDownloadMessage
{
    public string? DownloadUrl { get; set; }
}
