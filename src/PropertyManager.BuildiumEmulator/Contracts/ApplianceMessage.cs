namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "ApplianceMessage" schema (shared/buildium/openapi.json).
internal sealed class ApplianceMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public string? Make { get; set; }

    public string? Model { get; set; }

    public string? Description { get; set; }
}
