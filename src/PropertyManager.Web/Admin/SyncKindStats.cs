using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Sync.Catalog;

namespace PropertyManager.Web.Admin;

/// <summary>
/// Per synced kind: local rows, rows in step with Buildium, pending and failed pushes, and when the kind was last pulled
/// completely. Two statements whatever the number of kinds (one UNION ALL over the tables, one over the outbox), so the
/// console stays quick on a large portfolio.
/// </summary>
public sealed class SyncKindStats(AppDbContext db)
{
    public async Task<IReadOnlyList<KindStat>> ReadAsync(CancellationToken cancellationToken)
    {
        var tables = await TableCountsAsync(cancellationToken);
        var outbox = await db.SyncStatuses.AsNoTracking()
            .Where(s => s.SyncStatus == SyncStates.Pending || s.SyncStatus == SyncStates.Failed)
            .GroupBy(s => new { s.EntityType, s.SyncStatus })
            .Select(g => new { g.Key.EntityType, g.Key.SyncStatus, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var cursors = await db.SyncCursors.AsNoTracking().ToDictionaryAsync(c => c.Kind, c => c.CompletedFrom, cancellationToken);

        return [.. SyncCatalog.Kinds.Select(k =>
        {
            var (local, synced) = tables.GetValueOrDefault(k.Name);
            return new KindStat(
                k.Name, local, synced,
                outbox.Where(o => o.EntityType == k.Name && o.SyncStatus == SyncStates.Pending).Sum(o => o.Count),
                outbox.Where(o => o.EntityType == k.Name && o.SyncStatus == SyncStates.Failed).Sum(o => o.Count),
                cursors.GetValueOrDefault(k.Name));
        })];
    }

    private async Task<Dictionary<string, (int Local, int Synced)>> TableCountsAsync(CancellationToken cancellationToken)
    {
        var sql = new StringBuilder();
        foreach (var rule in SyncFieldRules.All.Where(r => SyncCatalog.Find(r.Kind) is not null))
        {
            var entityType = db.Model.FindEntityType(rule.EntityType)!;
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var key = entityType.FindPrimaryKey()!.Properties[0].GetColumnName(table)!;
            var buildiumId = entityType.FindProperty(rule.BuildiumIdProperty)!.GetColumnName(table)!;
            // entity_id is the row's UUID, or for a lease the UUID derived from its bigserial id (SyncEntityIds).
            var entityId = rule.EntityType == typeof(Lease)
                ? $"('00000000-0000-0000-0000-' || lpad(to_hex(t.\"{key}\"), 12, '0'))::uuid"
                : $"t.\"{key}\"";
            if (sql.Length > 0)
            {
                sql.Append(" UNION ALL ");
            }

            // Identifiers come from the EF model, never from the request.
            sql.Append(System.Globalization.CultureInfo.InvariantCulture, $"""
                SELECT '{rule.Kind}' AS kind, count(*)::int AS local,
                       (count(*) FILTER (WHERE t."{buildiumId}" IS NOT NULL AND NOT EXISTS (
                           SELECT 1 FROM buildium_sync_status s
                           WHERE s.entity_type = '{rule.Kind}' AND s.entity_id = {entityId} AND s.sync_status IN ('pending', 'failed'))))::int AS synced
                FROM "{table.Name}" t
                """);
        }

        // Opened through EF Core, so the connection gets the request's access session like every other query.
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using DbCommand command = connection.CreateCommand();
#pragma warning disable CA2100 // built from EF model identifiers and constants only, as the comment above says
            command.CommandText = sql.ToString();
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var counts = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                counts[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2));
            }

            return counts;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    public sealed record KindStat(string Kind, int Local, int Synced, int Pending, int Failed, DateTimeOffset? LastPulled);
}
