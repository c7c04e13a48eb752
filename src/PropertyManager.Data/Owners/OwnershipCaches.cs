using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PropertyManager.Data.Owners;

/// <summary>
/// Rebuilds <c>owners_list_cache</c> and <c>property_ownerships_cache</c> for the given owners and properties,
/// set-based, inside the caller's transaction, so the caches never disagree with the rows they summarise. The sync calls
/// it after each owner batch; <see cref="OwnershipCacheInterceptor"/> calls it for edits saved through the change tracker.
/// Rows whose values did not change are not rewritten.
/// </summary>
public static class OwnershipCaches
{
    // {0}: owner ids whose own row or ownership rows changed; {1}: properties whose ownership rows may have gone with them.
    private const string RefreshSql = """
        INSERT INTO owners_list_cache (owner_id, contact_id, display_name, primary_email, primary_phone,
                                       management_agreement_start_date, management_agreement_end_date, updated_at)
        SELECT o.id, o.buildium_owner_id,
               CASE WHEN o.is_company THEN o.company_name ELSE nullif(trim(concat_ws(' ', o.first_name, o.last_name)), '') END,
               o.email, coalesce(o.phone_mobile, o.phone_home, o.phone_work),
               o.management_agreement_start_date, o.management_agreement_end_date, now()
        FROM owners o WHERE o.id = ANY({0})
        ON CONFLICT (owner_id) DO UPDATE SET
            contact_id = EXCLUDED.contact_id, display_name = EXCLUDED.display_name, primary_email = EXCLUDED.primary_email,
            primary_phone = EXCLUDED.primary_phone, management_agreement_start_date = EXCLUDED.management_agreement_start_date,
            management_agreement_end_date = EXCLUDED.management_agreement_end_date, updated_at = now()
        WHERE (owners_list_cache.contact_id, owners_list_cache.display_name, owners_list_cache.primary_email,
               owners_list_cache.primary_phone, owners_list_cache.management_agreement_start_date,
               owners_list_cache.management_agreement_end_date)
              IS DISTINCT FROM (EXCLUDED.contact_id, EXCLUDED.display_name, EXCLUDED.primary_email, EXCLUDED.primary_phone,
                                EXCLUDED.management_agreement_start_date, EXCLUDED.management_agreement_end_date);

        DELETE FROM owners_list_cache c
        WHERE c.owner_id = ANY({0}) AND NOT EXISTS (SELECT 1 FROM owners o WHERE o.id = c.owner_id);

        DELETE FROM property_ownerships_cache c
        WHERE (c.owner_id = ANY({0}) OR c.property_id = ANY({1}))
          AND NOT EXISTS (SELECT 1 FROM ownership s JOIN owners o ON o.id = s.owner_id WHERE s.id = c.ownership_id);

        INSERT INTO property_ownerships_cache (ownership_id, property_id, owner_id, contact_id, display_name, primary_email,
                                               "primary", ownership_percentage, disbursement_percentage, updated_at)
        SELECT s.id, s.property_id, s.owner_id, o.buildium_owner_id,
               CASE WHEN o.is_company THEN o.company_name ELSE nullif(trim(concat_ws(' ', o.first_name, o.last_name)), '') END,
               o.email, s."primary", round(s.ownership_percentage, 2), round(s.disbursement_percentage, 2), now()
        FROM ownership s JOIN owners o ON o.id = s.owner_id
        WHERE s.owner_id = ANY({0}) OR s.property_id = ANY({1})
        ON CONFLICT (ownership_id) DO UPDATE SET
            property_id = EXCLUDED.property_id, owner_id = EXCLUDED.owner_id, contact_id = EXCLUDED.contact_id,
            display_name = EXCLUDED.display_name, primary_email = EXCLUDED.primary_email, "primary" = EXCLUDED."primary",
            ownership_percentage = EXCLUDED.ownership_percentage, disbursement_percentage = EXCLUDED.disbursement_percentage,
            updated_at = now()
        WHERE (property_ownerships_cache.property_id, property_ownerships_cache.owner_id, property_ownerships_cache.contact_id,
               property_ownerships_cache.display_name, property_ownerships_cache.primary_email, property_ownerships_cache."primary",
               property_ownerships_cache.ownership_percentage, property_ownerships_cache.disbursement_percentage)
              IS DISTINCT FROM (EXCLUDED.property_id, EXCLUDED.owner_id, EXCLUDED.contact_id, EXCLUDED.display_name,
                                EXCLUDED.primary_email, EXCLUDED."primary", EXCLUDED.ownership_percentage, EXCLUDED.disbursement_percentage);
        """;

    public static async Task RefreshAsync(
        DatabaseFacade database, IReadOnlyCollection<Guid> ownerIds, IReadOnlyCollection<Guid> propertyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (ownerIds.Count > 0 || propertyIds.Count > 0)
        {
#pragma warning disable EF1002 // A constant; the values are parameters.
            await database.ExecuteSqlRawAsync(RefreshSql, [ownerIds.ToArray(), propertyIds.ToArray()], cancellationToken);
#pragma warning restore EF1002
        }
    }

    /// <summary>The same, for the synchronous <c>SaveChanges</c>.</summary>
    public static void Refresh(DatabaseFacade database, IReadOnlyCollection<Guid> ownerIds, IReadOnlyCollection<Guid> propertyIds)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (ownerIds.Count > 0 || propertyIds.Count > 0)
        {
#pragma warning disable EF1002 // A constant; the values are parameters.
            database.ExecuteSqlRaw(RefreshSql, [ownerIds.ToArray(), propertyIds.ToArray()]);
#pragma warning restore EF1002
        }
    }
}
