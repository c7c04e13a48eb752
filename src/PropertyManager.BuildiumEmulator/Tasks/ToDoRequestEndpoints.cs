using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;

namespace PropertyManager.BuildiumEmulator.Tasks;

/// <summary>/v1/tasks/todorequests: staff to-dos, optionally tied to a property or unit.</summary>
internal sealed class ToDoRequestEndpoints(TaskWriter writer) : IEndpointModule
{
    public void MapEndpoints(IEndpointRouteBuilder app) => writer.MapTaskType(app, new TaskTypeDefinition<ToDoTaskPostMessage, ToDoTaskPutMessage>(
        "/v1/tasks/todorequests",
        "Todo",
        "No to do task found with the id.",
        TaskProjections.ToToDo,
        body => Write(new TaskRecord { Description = body.Description }, body.Title, body.TaskStatus, body.Priority, body.DueDate, body.AssignedToUserId, body.CategoryId, body.SubCategoryId, body.PropertyId, body.UnitId),
        (task, body) => Write(task, body.Title, body.TaskStatus, body.Priority, body.DueDate, body.AssignedToUserId, body.CategoryId, body.SubCategoryId, body.PropertyId, body.UnitId),
        body => body.Message));

    private TaskRecord Write(TaskRecord task, string? title, string? status, string? priority, DateOnly? dueDate, int? assignedTo, int? categoryId, int? subCategoryId, int? propertyId, int? unitId)
    {
        var errors = new WriteErrors();
        var category = writer.Category(categoryId, subCategoryId, errors);
        var property = writer.Property(propertyId, unitId, errors);
        TaskWriter.CheckAssignee(assignedTo, errors);
        errors.ThrowIfAny();
        task.Property = property;
        task.UnitId = unitId;
        return TaskWriter.ApplyCommon(task, title, status, priority, dueDate, assignedTo, category);
    }
}
