namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "JournalLineMessage" schema (shared/buildium/openapi.json).
internal sealed class JournalLineMessage
{
    public GLAccountMessage? GLAccount { get; set; }

    public double? Amount { get; set; }

    public bool? IsCashPosting { get; set; }

    public string? ReferenceNumber { get; set; }

    public string? Memo { get; set; }

    public int? PropertyId { get; set; }

    public int? UnitId { get; set; }
}
