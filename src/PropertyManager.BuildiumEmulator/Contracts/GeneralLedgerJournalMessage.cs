namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "GeneralLedgerJournalMessage" schema (shared/buildium/openapi.json).
internal sealed class GeneralLedgerJournalMessage
{
    public string? Memo { get; set; }

    public List<GeneralLedgerJournalLineMessage>? Lines { get; set; }
}
