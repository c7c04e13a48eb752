using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Tasks;

/// <summary>/v1/tasks/categories. System categories cannot be edited; subcategories are not manageable through the API.</summary>
internal sealed class TaskCategoriesResource(ResourceContext context) : ResourceKind<TaskCategoryMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/tasks/categories";

    public override string Name => "taskcategories";

    public override string NotFoundMessage => "No task category found with the id.";

    public override RecordStore<TaskCategoryMessage> Store => Data.TaskCategories;

    protected override string WebhookEntity => "TaskCategory";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<TaskCategoryMessage> { Kind = this };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapCreate<TaskCategoryMessage, TaskCategorySaveMessage>(BasePath, view, (body, _) =>
        {
            CheckUniqueName(body.Name!, exceptId: null, new WriteErrors()).ThrowIfAny();
            return new TaskCategoryMessage { Name = body.Name, IsSystemCategory = false, SubCategories = [] };
        });
        app.MapUpdate<TaskCategoryMessage, TaskCategoryPutMessage>($"{BasePath}/{ResourceEndpoints.IdRoute}", view, (existing, body, _) =>
        {
            CheckUniqueName(body.Name!, existing.Id, new WriteErrors())
                .When(existing.Value.IsSystemCategory == true, "Name", "System categories cannot be edited.")
                .ThrowIfAny();
            var category = ShallowCopy(existing.Value);
            category.Name = body.Name;
            return category;
        });
    }

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<TaskCategoryMessage> record) => webhookEvent.With("TaskCategoryId", record.Id);

    private WriteErrors CheckUniqueName(string name, int? exceptId, WriteErrors errors) =>
        errors.When(Store.All().Any(c => c.Id != exceptId && string.Equals(c.Value.Name, name, StringComparison.OrdinalIgnoreCase)), "Name", "A task category with this name already exists.");
}
