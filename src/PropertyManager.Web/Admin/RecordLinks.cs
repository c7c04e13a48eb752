using PropertyManager.Data.Integration;

namespace PropertyManager.Web.Admin;

/// <summary>Where a synced record's own page lives, by its <c>entity_type</c>; null for kinds without a page of their own.</summary>
public static class RecordLinks
{
    private static readonly Dictionary<string, string> _areas = new(StringComparer.Ordinal)
    {
        [SyncEntityTypes.Property] = "/Properties",
        [SyncEntityTypes.Unit] = "/Units",
        [SyncEntityTypes.Owner] = "/Owners",
        [SyncEntityTypes.Lease] = "/Leases",
        [SyncEntityTypes.BankAccount] = "/BankAccounts",
        [SyncEntityTypes.GlAccount] = "/GlAccounts",
        [SyncEntityTypes.Vendor] = "/Vendors",
        [SyncEntityTypes.VendorCategory] = "/VendorCategories",
        [SyncEntityTypes.Bill] = "/Bills",
        [SyncEntityTypes.BillCategory] = "/BillCategories",
        [SyncEntityTypes.Task] = "/Tasks",
        [SyncEntityTypes.TaskCategory] = "/TaskCategories",
        [SyncEntityTypes.WorkOrder] = "/WorkOrders",
    };

    public static string? For(string? entityType, Guid? entityId)
    {
        if (entityType is null || entityId is not { } id || !_areas.TryGetValue(entityType, out var area))
        {
            return null;
        }

        // A lease's bigserial id travels in entity_id as a derived UUID; its page takes the number.
        if (entityType == SyncEntityTypes.Lease)
        {
            return SyncEntityIds.ToLeaseId(id) is { } leaseId ? $"{area}/Details/{leaseId}" : null;
        }

        return $"{area}/Details/{id}";
    }
}
