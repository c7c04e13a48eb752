namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "BillLineMessage" schema (shared/buildium/openapi.json).
internal sealed class BillLineMessage : IBuildiumRecord
{
    public int? Id { get; set; }

    public AccountingEntityMessage? AccountingEntity { get; set; }

    public GLAccountMessage? GLAccount { get; set; }

    public double? Amount { get; set; }

    public BillMarkupMessage? Markup { get; set; }

    public string? Memo { get; set; }
}
