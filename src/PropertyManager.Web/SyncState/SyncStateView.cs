using PropertyManager.Data.Integration;

namespace PropertyManager.Web.SyncState;

/// <summary>How one record stands with Buildium, as a badge shows it.</summary>
public sealed record SyncStateView(string? Status, int? BuildiumId, string? ErrorMessage = null, bool HasOpenConflict = false, string? Kind = null, Guid? EntityId = null)
{
    /// <summary>Buildium's refusal in plain words with links to the fields, on a record's page (lists pass no kind).</summary>
    public SyncRefusal? Refusal => Kind is null || EntityId is not { } id ? null : SyncRefusal.From(ErrorMessage, Kind, id);

    public string Label => HasOpenConflict ? "Conflict"
        : Status switch
        {
            SyncStates.Pending => "Pending push",
            SyncStates.Failed => "Push failed",
            SyncStates.Synced => "Synced",
            // Pulled records have no outbox row: having a Buildium id is what makes them synced.
            _ => BuildiumId is not null ? "Synced" : "Not in Buildium",
        };

    public string BadgeClass => HasOpenConflict ? "text-bg-warning"
        : Status switch
        {
            SyncStates.Pending => "text-bg-info",
            SyncStates.Failed => "text-bg-danger",
            _ => BuildiumId is not null ? "text-bg-success" : "text-bg-secondary",
        };
}
