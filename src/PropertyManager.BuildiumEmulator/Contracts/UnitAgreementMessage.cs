namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "UnitAgreementMessage" schema (shared/buildium/openapi.json).
internal sealed class UnitAgreementMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? Type { get; set; }

    public string? Href { get; set; }
}
