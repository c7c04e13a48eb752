namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "FileEntityMessage" schema (shared/buildium/openapi.json).
internal sealed class FileEntityMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? EntityType { get; set; }

    public string? Href { get; set; }
}
