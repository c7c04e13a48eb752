using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Owners;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Sync.Engine;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Portfolio;

/// <summary>
/// Turns owners' <c>PropertyIds</c> into <c>ownership</c> rows (adding the new links, removing the ones Buildium
/// dropped, keeping locally entered percentages), then refreshes the ownership caches, in the batch's transaction.
/// </summary>
public static class OwnershipSync
{
    public static async Task AfterOwnerBatchAsync(
        PullContext context, IReadOnlyList<(RentalOwnerMessage Dto, Owner Entity)> rows, UpsertResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(result);
        var owners = new List<Guid>();
        var linkOwners = new List<Guid>();
        var linkProperties = new List<Guid>();
        var linkNames = new List<string?>();
        foreach (var (dto, entity) in rows)
        {
            if (!result.LocalIds.TryGetValue(dto.Id, out var ownerId))
            {
                continue;
            }

            var owner = (Guid)ownerId;
            owners.Add(owner);
            foreach (var propertyBuildiumId in OwnerMapper.OwnedPropertyIds(dto))
            {
                if (await context.Parents.FindAsync<Property>(propertyBuildiumId, cancellationToken) is Guid property)
                {
                    linkOwners.Add(owner);
                    linkProperties.Add(property);
                    linkNames.Add(entity.IsCompany == true ? entity.CompanyName : $"{entity.FirstName} {entity.LastName}".Trim());
                }
            }
        }

        await context.Db.Database.ExecuteSqlRawAsync("""
            DELETE FROM ownership o
            WHERE o.owner_id = ANY({0})
              AND NOT EXISTS (SELECT 1 FROM unnest({1}::uuid[], {2}::uuid[]) AS d(owner_id, property_id)
                              WHERE d.owner_id = o.owner_id AND d.property_id = o.property_id);

            INSERT INTO ownership (owner_id, property_id, owner_name)
            SELECT d.owner_id, d.property_id, left(d.owner_name, 255)
            FROM unnest({1}::uuid[], {2}::uuid[], {3}::text[]) AS d(owner_id, property_id, owner_name)
            ON CONFLICT (owner_id, property_id) DO UPDATE SET owner_name = EXCLUDED.owner_name
            WHERE ownership.owner_name IS DISTINCT FROM EXCLUDED.owner_name;
            """, [owners.ToArray(), linkOwners.ToArray(), linkProperties.ToArray(), linkNames.ToArray()], cancellationToken);

        await OwnershipCaches.RefreshAsync(context.Db.Database, owners, [], cancellationToken);
    }
}
