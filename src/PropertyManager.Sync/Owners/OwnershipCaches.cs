using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;

namespace PropertyManager.Sync.Owners;

/// <summary>
/// Rebuilds <c>owners_list_cache</c> and <c>property_ownerships_cache</c> for the given owners, set-based, inside the
/// caller's transaction, so the caches never disagree with the rows they summarise (after a sync batch or a local edit).
/// </summary>
public static class OwnershipCaches
{
    public static async Task RefreshAsync(AppDbContext db, IReadOnlyCollection<Guid> ownerIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (ownerIds.Count == 0)
        {
            return;
        }

        var ids = ownerIds.ToArray();
        await db.Database.ExecuteSqlRawAsync("""
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
                management_agreement_end_date = EXCLUDED.management_agreement_end_date, updated_at = now();

            DELETE FROM property_ownerships_cache c
            WHERE c.owner_id = ANY({0}) AND NOT EXISTS (SELECT 1 FROM ownership s WHERE s.id = c.ownership_id);

            INSERT INTO property_ownerships_cache (ownership_id, property_id, owner_id, contact_id, display_name, primary_email,
                                                   "primary", ownership_percentage, disbursement_percentage, updated_at)
            SELECT s.id, s.property_id, s.owner_id, o.buildium_owner_id,
                   CASE WHEN o.is_company THEN o.company_name ELSE nullif(trim(concat_ws(' ', o.first_name, o.last_name)), '') END,
                   o.email, s."primary", round(s.ownership_percentage, 2), round(s.disbursement_percentage, 2), now()
            FROM ownership s JOIN owners o ON o.id = s.owner_id
            WHERE s.owner_id = ANY({0})
            ON CONFLICT (ownership_id) DO UPDATE SET
                property_id = EXCLUDED.property_id, owner_id = EXCLUDED.owner_id, contact_id = EXCLUDED.contact_id,
                display_name = EXCLUDED.display_name, primary_email = EXCLUDED.primary_email, "primary" = EXCLUDED."primary",
                ownership_percentage = EXCLUDED.ownership_percentage, disbursement_percentage = EXCLUDED.disbursement_percentage,
                updated_at = now();
            """, [ids], cancellationToken);
    }
}
