namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "RequestedByUserEntityMessage" schema (shared/buildium/openapi.json).
internal sealed class RequestedByUserEntityMessage : IBuildiumRecord
{
    public string? Type { get; set; }

    public int? Id { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public bool? IsCompany { get; set; }

    public string? Href { get; set; }
}
