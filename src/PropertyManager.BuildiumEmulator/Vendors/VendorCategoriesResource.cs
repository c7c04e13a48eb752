using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Vendors;

/// <summary>/v1/vendors/categories (paging only, no filters).</summary>
internal sealed class VendorCategoriesResource(ResourceContext context) : ResourceKind<VendorCategoryMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/vendors/categories";

    public override string Name => "vendorcategories";

    public override string NotFoundMessage => "No vendor category found with the id.";

    public override RecordStore<VendorCategoryMessage> Store => Data.VendorCategories;

    protected override string WebhookEntity => "VendorCategory";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<VendorCategoryMessage> { Kind = this };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapCreate<VendorCategoryMessage, VendorCategorySaveMessage>(BasePath, view, (body, _) =>
        {
            CheckUniqueName(body.Name!, exceptId: null);
            return new VendorCategoryMessage { Name = body.Name, IsSystemCategory = false };
        });
        app.MapUpdate<VendorCategoryMessage, VendorCategorySaveMessage>($"{BasePath}/{ResourceEndpoints.IdRoute}", view, (existing, body, _) =>
        {
            CheckUniqueName(body.Name!, existing.Id);
            return new VendorCategoryMessage { Name = body.Name, IsSystemCategory = existing.Value.IsSystemCategory };
        });
    }

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<VendorCategoryMessage> record) => webhookEvent.With("VendorCategoryId", record.Id);

    private void CheckUniqueName(string name, int? exceptId) =>
        new WriteErrors()
            .When(Store.All().Any(c => c.Id != exceptId && string.Equals(c.Value.Name, name, StringComparison.OrdinalIgnoreCase)), "Name", "A vendor category with this name already exists.")
            .ThrowIfAny();
}
