using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;

namespace PropertyManager.Web.SyncState;

/// <summary>The sync state of one record for its detail page: outbox row and any unresolved conflict.</summary>
public sealed class SyncStateReader(AppDbContext db)
{
    public async Task<SyncStateView> ReadAsync(string kind, Guid id, int? buildiumId, CancellationToken cancellationToken)
    {
        var status = await db.SyncStatuses.AsNoTracking()
            .Where(s => s.EntityType == kind && s.EntityId == id)
            .Select(s => new { s.SyncStatus, s.ErrorMessage })
            .FirstOrDefaultAsync(cancellationToken);
        var conflict = await db.SyncConflicts.AsNoTracking()
            .AnyAsync(c => c.Kind == kind && c.LocalId == id && c.ResolvedAt == null, cancellationToken);
        return new SyncStateView(status?.SyncStatus, buildiumId, status?.ErrorMessage, conflict, kind, id);
    }
}
