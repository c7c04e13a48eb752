using System.Text.Json;

namespace PropertyManager.Data.SyncState;

/// <summary>One run of the Buildium sync (table <c>sync_runs</c>, ours, not in the schema document).</summary>
public sealed class SyncRun
{
    public Guid Id { get; set; }
    /// <summary>What started it: schedule, manual, cli, webhook.</summary>
    public string Trigger { get; set; } = "";
    /// <summary>incremental, full, entity or record.</summary>
    public string Mode { get; set; } = "";
    public string? EntityKind { get; set; }
    public int? BuildiumId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>One of <see cref="SyncRunStatus"/>.</summary>
    public string Status { get; set; } = "";
    public int ApiCalls { get; set; }
    /// <summary>Per kind: created, updated, unchanged, deactivated, pushed, failed, done, total.</summary>
    public JsonDocument? Counts { get; set; }
    public string? Error { get; set; }
}
