namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "UserRoleMessage" schema (shared/buildium/openapi.json).
internal sealed class UserRoleMessage
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public long? NumberOfUsers { get; set; }
}
