namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "GeneralLedgerJournalLineMessage" schema (shared/buildium/openapi.json).
internal sealed class GeneralLedgerJournalLineMessage
{
    public GLAccountMessage? GLAccount { get; set; }

    public double? Amount { get; set; }

    public bool? IsCashPosting { get; set; }

    public string? ReferenceNumber { get; set; }

    public string? Memo { get; set; }

    public AccountingEntityMessage? AccountingEntity { get; set; }
}
