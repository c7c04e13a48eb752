namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "FileUploadResponseMessage" schema (shared/buildium/openapi.json).
internal sealed class FileUploadResponseMessage
{
    public string? UploadUrl { get; set; }

    public string? PhysicalFileName { get; set; }

    public Dictionary<string, string?>? Headers { get; set; }
}
