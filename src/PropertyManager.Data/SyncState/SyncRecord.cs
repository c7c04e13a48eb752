using System.Text.Json;

namespace PropertyManager.Data.SyncState;

/// <summary>
/// The last state both sides agreed on for one Buildium record (table <c>sync_records</c>): its payload hash lets a
/// full scan skip unchanged records, and the payload itself lets conflicts be detected and shown.
/// </summary>
public sealed class SyncRecord
{
    public string Kind { get; set; } = "";
    public int BuildiumId { get; set; }
    public string PayloadHash { get; set; } = "";
    public JsonDocument? Payload { get; set; }
    public DateTimeOffset SyncedAt { get; set; }
    /// <summary>Set when the record vanished from Buildium (deleted event or absent from a full scan).</summary>
    public DateTimeOffset? DeletedInBuildiumAt { get; set; }

    /// <summary>
    /// For a parent record (a bill, a task, a history entry): its <see cref="PayloadHash"/> when its children (payments,
    /// history, files) were last read completely and committed. Null or different from the current hash: they are due.
    /// </summary>
    public string? ChildrenReadHash { get; set; }
}
