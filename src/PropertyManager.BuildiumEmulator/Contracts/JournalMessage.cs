namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "JournalMessage" schema (shared/buildium/openapi.json).
internal sealed class JournalMessage
{
    public string? Memo { get; set; }

    public List<JournalLineMessage>? Lines { get; set; }
}
