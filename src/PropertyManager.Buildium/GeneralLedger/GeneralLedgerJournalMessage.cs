namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>Buildium <c>GeneralLedgerJournalMessage</c> (read shape).</summary>
public sealed class GeneralLedgerJournalMessage
{
    public string? Memo { get; set; }

    public List<GeneralLedgerJournalLineMessage>? Lines { get; set; }
}
