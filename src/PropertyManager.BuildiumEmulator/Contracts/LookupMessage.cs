namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LookupMessage" schema (shared/buildium/openapi.json).
internal sealed class LookupMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Name { get; set; }
}
