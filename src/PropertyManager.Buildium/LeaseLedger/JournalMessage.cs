namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>JournalMessage</c> (read shape).</summary>
public sealed class JournalMessage
{
    public string? Memo { get; set; }

    public List<JournalLineMessage>? Lines { get; set; }
}
