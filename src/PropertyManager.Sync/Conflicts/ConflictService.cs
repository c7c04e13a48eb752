using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.SyncState;

namespace PropertyManager.Sync.Conflicts;

/// <summary>What an admin does with recorded conflicts: list the open ones, put the local values back.</summary>
public sealed class ConflictService(AppDbContext db, TimeProvider time)
{
    public Task<List<SyncConflict>> OpenAsync(CancellationToken cancellationToken) =>
        db.SyncConflicts.AsNoTracking().Where(c => c.ResolvedAt == null).OrderByDescending(c => c.DetectedAt).ToListAsync(cancellationToken);

    /// <summary>
    /// Writes the conflict's local values back onto the record through the change tracker, so the outbox queues it
    /// and the next push sends them to Buildium, and marks the conflict resolved, in one SaveChanges.
    /// </summary>
    public async Task ReapplyLocalAsync(Guid conflictId, CancellationToken cancellationToken = default)
    {
        var conflict = await db.SyncConflicts.SingleOrDefaultAsync(c => c.Id == conflictId, cancellationToken)
            ?? throw new InvalidOperationException($"No conflict {conflictId}.");
        if (conflict.ResolvedAt is not null)
        {
            throw new InvalidOperationException($"Conflict {conflictId} was already resolved ({conflict.Resolution}).");
        }

        var rule = SyncFieldRules.For(conflict.Kind) ?? throw new InvalidOperationException($"Unknown kind '{conflict.Kind}'.");
        var entityType = db.Model.FindEntityType(rule.EntityType)!;
        object key = rule.EntityType == typeof(Data.Leases.Lease) ? SyncEntityIds.ToLeaseId(conflict.LocalId)!.Value : conflict.LocalId;
        var entity = await db.FindAsync(rule.EntityType, [key], cancellationToken)
            ?? throw new InvalidOperationException($"The {rule.Noun} of conflict {conflictId} no longer exists.");
        if (conflict.LocalValues is { } values)
        {
            FieldMerge.Apply(entityType, values, entity);
        }

        conflict.ResolvedAt = time.GetUtcNow();
        conflict.Resolution = SyncConflictWinners.ReappliedLocal;
        await db.SaveChangesAsync(cancellationToken);
    }
}
