using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Leases;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Tenants;
using PropertyManager.Sync.Engine;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Portfolio;

/// <summary>
/// Turns tenants' <c>Leases</c> into <c>lease_tenants</c> rows (adding new links, updating status, move-in/out and the
/// primary flag, removing the links Buildium dropped), in the batch's transaction. Leases are pulled before tenants, so
/// a link names a known lease; one that is not known yet is left for the next run.
/// </summary>
public static class TenantLinksSync
{
    public static async Task AfterTenantBatchAsync(
        PullContext context, IReadOnlyList<(TenantMessage Dto, Tenant Entity)> rows, UpsertResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(result);
        var tenants = new List<Guid>();
        var leases = new List<long>();
        var linkTenants = new List<Guid>();
        var statuses = new List<string?>();
        var moveIns = new List<DateOnly?>();
        var moveOuts = new List<DateOnly?>();
        var primaries = new List<bool>();
        foreach (var (dto, _) in rows)
        {
            if (!result.LocalIds.TryGetValue(dto.Id, out var tenantId))
            {
                continue;
            }

            var tenant = (Guid)tenantId;
            tenants.Add(tenant);
            foreach (var link in TenantMapper.Links(dto))
            {
                if (await context.Parents.FindAsync<Lease>(link.LeaseBuildiumId, cancellationToken) is long lease)
                {
                    leases.Add(lease);
                    linkTenants.Add(tenant);
                    statuses.Add(link.Status);
                    moveIns.Add(link.MoveInDate);
                    moveOuts.Add(link.MoveOutDate);
                    primaries.Add(link.IsPrimary);
                }
            }
        }

        if (tenants.Count == 0)
        {
            return;
        }

        await context.Db.Database.ExecuteSqlRawAsync("""
            DELETE FROM lease_tenants t
            WHERE t.tenant_id = ANY({0})
              AND NOT EXISTS (SELECT 1 FROM unnest({1}::bigint[], {2}::uuid[]) AS d(lease_id, tenant_id)
                              WHERE d.lease_id = t.lease_id AND d.tenant_id = t.tenant_id);

            INSERT INTO lease_tenants (lease_id, tenant_id, status, move_in_date, move_out_date, is_primary)
            SELECT d.lease_id, d.tenant_id, left(d.status, 20), d.move_in_date, d.move_out_date, d.is_primary
            FROM unnest({1}::bigint[], {2}::uuid[], {3}::text[], {4}::date[], {5}::date[], {6}::boolean[])
                 AS d(lease_id, tenant_id, status, move_in_date, move_out_date, is_primary)
            ON CONFLICT (lease_id, tenant_id) DO UPDATE SET
                status = EXCLUDED.status, move_in_date = EXCLUDED.move_in_date, move_out_date = EXCLUDED.move_out_date,
                is_primary = EXCLUDED.is_primary, updated_at = now()
            WHERE (lease_tenants.status, lease_tenants.move_in_date, lease_tenants.move_out_date, lease_tenants.is_primary)
                  IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.move_in_date, EXCLUDED.move_out_date, EXCLUDED.is_primary);
            """,
            [tenants.ToArray(), leases.ToArray(), linkTenants.ToArray(), statuses.ToArray(), moveIns.ToArray(), moveOuts.ToArray(), primaries.ToArray()],
            cancellationToken);
    }
}
