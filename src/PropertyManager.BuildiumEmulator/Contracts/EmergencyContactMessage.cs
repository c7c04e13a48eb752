namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "EmergencyContactMessage" schema (shared/buildium/openapi.json).
internal sealed class EmergencyContactMessage
{
    public string? Name { get; set; }

    public string? RelationshipDescription { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }
}
