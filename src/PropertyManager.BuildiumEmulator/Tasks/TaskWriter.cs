using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;

namespace PropertyManager.BuildiumEmulator.Tasks;

/// <summary>
/// What the four per-type task endpoints share: their list/get/create/update handlers, reference checks,
/// and the rule that an update with a Message or a status, priority or assignee change adds a history entry.
/// </summary>
internal sealed class TaskWriter(ResourceContext context, TasksResource tasks, TaskHistoryResource history)
{
    public void MapTaskType<TPost, TPut>(IEndpointRouteBuilder app, TaskTypeDefinition<TPost, TPut> definition)
        where TPost : class
        where TPut : class
    {
        var view = tasks.ViewOf(definition.TaskType, definition.Projection, definition.NotFoundMessage);
        var path = definition.Path;
        app.MapList(path, view);
        app.MapGetById($"{path}/{ResourceEndpoints.IdRoute}", view);
        app.MapPost(path, async (HttpContext http) =>
        {
            var body = await JsonBodyReader.ReadAsync<TPost>(http.Request);
            var task = definition.Create(body);
            task.TaskType = definition.TaskType;
            var record = tasks.Add(task);
            history.Record(record.Value, record.Value.Description);
            return BuildiumResults.Created(http, $"{path}/{record.Id}", view.Project(record));
        });
        app.MapPut($"{path}/{ResourceEndpoints.IdRoute}", async (HttpContext http) =>
        {
            var existing = ResourceEndpoints.Find(http, view);
            var body = await JsonBodyReader.ReadAsync<TPut>(http.Request);
            var record = tasks.Replace(existing.Id, definition.Update(TasksResource.Copy(existing.Value), body));
            var message = definition.MessageOf(body);
            var before = existing.Value;
            var after = record.Value;
            if (!string.IsNullOrEmpty(message) || before.TaskStatus != after.TaskStatus || before.Priority != after.Priority || before.AssignedToUserId != after.AssignedToUserId)
            {
                history.Record(after, message);
            }

            return BuildiumResults.Json(view.Project(record));
        });
    }

    /// <summary>Sets the fields every task PUT/POST carries; omitted ones become null (PUT semantics).</summary>
    public static TaskRecord ApplyCommon(TaskRecord task, string? title, string? status, string? priority, DateOnly? dueDate, int? assignedToUserId, TaskCategoryResponseMessage? category)
    {
        task.Title = title;
        task.TaskStatus = status;
        task.Priority = priority;
        task.DueDate = dueDate;
        task.AssignedToUserId = assignedToUserId;
        task.Category = category;
        return task;
    }

    public TaskCategoryResponseMessage? Category(int? categoryId, int? subCategoryId, WriteErrors errors)
    {
        if (categoryId is not { } id)
        {
            errors.When(subCategoryId is not null, "SubCategoryId", "A subcategory needs a CategoryId.");
            return null;
        }

        var category = context.Data.TaskCategories.Find(id)?.Value;
        errors.When(category is null, "CategoryId", $"No task category found with the id {id}.");
        var subCategory = subCategoryId is { } subId ? category?.SubCategories?.FirstOrDefault(s => s.Id == subId) : null;
        errors.When(subCategoryId is not null && category is not null && subCategory is null, "SubCategoryId", $"No subcategory with the id {subCategoryId} in category {id}.");
        return category is null ? null : new TaskCategoryResponseMessage { Id = id, Name = category.Name, Href = $"/v1/tasks/categories/{id}", SubCategory = subCategory };
    }

    /// <summary>The task's property (from the unit when only a unit is given); checks that the unit belongs to it.</summary>
    public PropertyMessage? Property(int? propertyId, int? unitId, WriteErrors errors)
    {
        var unit = unitId is { } u ? context.Data.Units.Find(u) : null;
        errors.When(unitId is not null && unit is null, "UnitId", $"No unit found with the id {unitId}.");
        var resolvedPropertyId = propertyId ?? unit?.Value.PropertyId;
        errors.Exists(propertyId, id => context.Data.Rentals.Find(id) is not null, "PropertyId", "property");
        errors.When(propertyId is not null && unit is not null && unit.Value.PropertyId != propertyId, "UnitId", $"Unit {unitId} is not in property {propertyId}.");
        return resolvedPropertyId is { } pid ? new PropertyMessage { Id = pid, Type = "Rental", Href = $"/v1/rentals/{pid}" } : null;
    }

    public static void CheckAssignee(int? userId, WriteErrors errors) =>
        errors.Exists(userId, StaffDirectory.Exists, "AssignedToUserId", "staff user");
}
