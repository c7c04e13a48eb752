using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.SyncState;
using PropertyManager.Sync.Push;

namespace PropertyManager.Web.Forms;

/// <summary>
/// What a user tells an edit form about a write-only Buildium field (ADR-013): Buildium never returns it and clears
/// it when an update leaves it out, so for a record pulled from Buildium only the user can say what it holds.
/// </summary>
public static class WriteOnlyAnswers
{
    public static async Task<WriteOnlyValue?> FindAsync(AppDbContext db, string kind, Guid entityId, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.WriteOnlyValues.AsNoTracking().SingleOrDefaultAsync(v => v.Kind == kind && v.EntityId == entityId && v.Field == field, cancellationToken);
    }

    /// <summary>
    /// Adds or replaces the answer, saved with the form's other changes. A push refused for want of it goes back to
    /// pending, so the next run sends the record even when the answer was the form's only change.
    /// </summary>
    public static async Task RecordAsync(AppDbContext db, string kind, Guid entityId, string field, string? value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.WriteOnlyValues.SingleOrDefaultAsync(v => v.Kind == kind && v.EntityId == entityId && v.Field == field, cancellationToken);
        if (row is null)
        {
            db.WriteOnlyValues.Add(new WriteOnlyValue { Kind = kind, EntityId = entityId, Field = field, Value = value, RecordedAt = now });
        }
        else
        {
            row.Value = value;
            row.RecordedAt = now;
        }

        var refused = await db.SyncStatuses
            .Where(s => s.EntityType == kind && s.EntityId == entityId && s.SyncStatus == SyncStates.Failed && s.ErrorMessage!.StartsWith(PushAttemptNote.RejectedPrefix))
            .ToListAsync(cancellationToken);
        foreach (var status in refused)
        {
            status.SyncStatus = SyncStates.Pending;
            status.ErrorMessage = null;
        }
    }
}
