namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "UnitEntityMessage" schema (shared/buildium/openapi.json).
internal sealed class UnitEntityMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Href { get; set; }
}
