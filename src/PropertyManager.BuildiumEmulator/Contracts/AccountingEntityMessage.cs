namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "AccountingEntityMessage" schema (shared/buildium/openapi.json).
internal sealed class AccountingEntityMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public string? AccountingEntityType { get; set; }

    public string? Href { get; set; }

    public UnitEntityMessage? Unit { get; set; }
}
