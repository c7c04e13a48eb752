using PropertyManager.Buildium.Caching;
using PropertyManager.Buildium.Vendors;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Vendors;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Webhooks;

namespace PropertyManager.Sync.Payables;

/// <summary>Vendor categories and vendors.</summary>
internal static class VendorKinds
{
    public static SyncKind VendorCategories() => new(new PullKind<VendorCategoryMessage, VendorCategory>
    {
        Name = SyncEntityTypes.VendorCategory,
        Filter = IncrementalFilter.None,
        Fetch = (context, _, ct) => context.Client.VendorCategories.ListAsync(cancellationToken: ct),
        FetchOne = (context, id, ct) => context.Client.VendorCategories.GetAsync(id, ct),
        Id = m => m.Id,
        Map = VendorCategoryMapper.ToLocal,
        ListedMeansActive = true,
        ActiveProperty = nameof(VendorCategory.IsActive),
    })
    {
        Push = (pusher, item, ct) => new PayablesPush(pusher).PushVendorCategoryAsync(item, ct),
        Webhooks = [new WebhookRoute("VendorCategory", "VendorCategoryId")],
        CachedEndpoint = BuildiumCachedEndpoints.VendorCategories,
    };

    public static SyncKind Vendors() => new(new PullKind<VendorMessage, Vendor>
    {
        Name = SyncEntityTypes.Vendor,
        Filter = IncrementalFilter.DateTime,
        Fetch = (context, window, ct) => context.Client.Vendors.ListAsync(new VendorListFilter { LastUpdatedFrom = window.Since }, ct),
        FetchOne = (context, id, ct) => context.Client.Vendors.GetAsync(id, ct),
        Id = m => m.Id,
        Map = VendorMapper.ToLocal,
        Resolve = async (context, _, entity, ct) => entity.CategoryId = await CategoryGuard.KnownAsync<VendorCategory>(context, entity.CategoryId, ct),
        ActiveProperty = nameof(Vendor.IsActive),
    })
    {
        Push = (pusher, item, ct) => new PayablesPush(pusher).PushVendorAsync(item, ct),
        Webhooks = [new WebhookRoute("Vendor", "VendorId")],
    };
}
