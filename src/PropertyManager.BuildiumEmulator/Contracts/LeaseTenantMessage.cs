namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseTenantMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseTenantMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Status { get; set; }

    public DateOnly? MoveInDate { get; set; }
}
