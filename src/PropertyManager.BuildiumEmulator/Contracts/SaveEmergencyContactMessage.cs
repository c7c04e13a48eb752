namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "SaveEmergencyContactMessage" schema (shared/buildium/openapi.json).
internal sealed class SaveEmergencyContactMessage
{
    public string? Name { get; set; }

    public string? RelationshipDescription { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }
}
