using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;

namespace PropertyManager.Sync.Engine;

/// <summary>
/// Records a write-only value Buildium now holds because this app sent it (ADR-013), so later pushes can send it again:
/// the push after a create or an update, and the pull when it links a create whose POST answer was lost.
/// </summary>
public static class WriteOnlyMemory
{
    public static Task<int> RememberAsync(AppDbContext db, string kind, Guid entityId, string field, string? value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO sync_write_only_values (kind, entity_id, field, value, recorded_at) VALUES ({kind}, {entityId}, {field}, {value}, {now})
            ON CONFLICT (kind, entity_id, field) DO UPDATE SET value = EXCLUDED.value, recorded_at = EXCLUDED.recorded_at
            """,
            cancellationToken);
    }
}
