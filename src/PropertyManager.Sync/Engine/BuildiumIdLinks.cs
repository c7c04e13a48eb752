using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Owners;

namespace PropertyManager.Sync.Engine;

/// <summary>
/// Links a local row to its Buildium record: the push after a create, and the pull when a record it reads is a create
/// still queued here (<see cref="Pull.PendingCreateLinker"/>). Both write with SQL, past the outbox interceptor, so the
/// link itself never queues the record again.
/// </summary>
public static class BuildiumIdLinks
{
    /// <summary>Writes the Buildium id onto the local row.</summary>
    public static async Task StoreAsync(AppDbContext db, string kind, Guid entityId, int buildiumId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rule = SyncFieldRules.For(kind)!;
        var entityType = db.Model.FindEntityType(rule.EntityType)!;
        var table = entityType.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, null);
        var column = entityType.FindProperty(rule.BuildiumIdProperty)!.GetColumnName(store);
        var key = entityType.FindProperty("Id")!.GetColumnName(store);
        object id = rule.EntityType == typeof(Lease) ? SyncEntityIds.ToLeaseId(entityId)!.Value : entityId;
#pragma warning disable EF1002 // Identifiers come from the EF model, values are parameters.
        await db.Database.ExecuteSqlRawAsync($"UPDATE \"{table}\" SET \"{column}\" = {{0}} WHERE \"{key}\" = {{1}}", [buildiumId, id], cancellationToken);
#pragma warning restore EF1002
        if (kind == SyncEntityTypes.Owner)
        {
            // The caches show the owner's Buildium id (contact_id); this write bypasses the interceptor that refreshes them.
            await OwnershipCaches.RefreshAsync(db.Database, [entityId], [], cancellationToken);
        }
    }

    /// <summary>Marks the record's outbox row synced with its Buildium id (a unit created with its property, a create found again).</summary>
    public static Task<int> MarkSyncedAsync(AppDbContext db, string kind, Guid entityId, int buildiumId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.SyncStatuses.Where(s => s.EntityType == kind && s.EntityId == entityId).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.SyncStatus, SyncStates.Synced).SetProperty(x => x.BuildiumId, buildiumId)
                .SetProperty(x => x.ErrorMessage, (string?)null).SetProperty(x => x.LastSyncedAt, now).SetProperty(x => x.UpdatedAt, now),
            cancellationToken);
    }

    /// <summary>
    /// Gives the record's outbox row its Buildium id and queues it again (pending, no note): the local row holds values
    /// Buildium does not have yet, which the next push sends as an update, not as a second create.
    /// </summary>
    public static Task<int> QueueUpdateAsync(AppDbContext db, string kind, Guid entityId, int buildiumId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.SyncStatuses.Where(s => s.EntityType == kind && s.EntityId == entityId).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.SyncStatus, SyncStates.Pending).SetProperty(x => x.BuildiumId, buildiumId)
                .SetProperty(x => x.ErrorMessage, (string?)null).SetProperty(x => x.UpdatedAt, now),
            cancellationToken);
    }
}
