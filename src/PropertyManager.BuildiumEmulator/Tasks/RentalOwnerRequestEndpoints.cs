using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Tasks;

/// <summary>/v1/tasks/rentalownerrequests: requests raised by a rental owner.</summary>
internal sealed class RentalOwnerRequestEndpoints(TaskWriter writer, EmulatorData data) : IEndpointModule
{
    public void MapEndpoints(IEndpointRouteBuilder app) => writer.MapTaskType(app, new TaskTypeDefinition<RentalOwnerRequestTaskPostMessage, RentalOwnerRequestTaskPutMessage>(
        "/v1/tasks/rentalownerrequests",
        "RentalOwnerRequest",
        "No rental owner request found with the id.",
        TaskProjections.ToRentalOwnerRequest,
        Create,
        (task, body) => Write(task, body.Title, body.TaskStatus, body.Priority, body.DueDate, body.AssignedToUserId, body.CategoryId, body.SubCategoryId, body.PropertyId, body.UnitId, new WriteErrors()),
        body => body.Message));

    private TaskRecord Create(RentalOwnerRequestTaskPostMessage body)
    {
        var errors = new WriteErrors();
        var owner = data.Owners.Find(body.RequestedByRentalOwnerId!.Value)?.Value;
        errors.When(owner is null, "RequestedByRentalOwnerId", $"No rental owner found with the id {body.RequestedByRentalOwnerId}.");
        var task = new TaskRecord
        {
            Description = body.Description,
            RequestedByUserEntity = owner is null ? null : new RequestedByUserEntityMessage
            {
                Type = "RentalOwner",
                Id = owner.Id,
                FirstName = owner.FirstName,
                LastName = owner.LastName,
                IsCompany = owner.IsCompany ?? false,
                Href = $"/v1/rentals/owners/{owner.Id}",
            },
        };
        return Write(task, body.Title, body.TaskStatus, body.Priority, body.DueDate, body.AssignedToUserId, body.CategoryId, body.SubCategoryId, body.PropertyId, body.UnitId, errors);
    }

    private TaskRecord Write(TaskRecord task, string? title, string? status, string? priority, DateOnly? dueDate, int? assignedTo, int? categoryId, int? subCategoryId, int? propertyId, int? unitId, WriteErrors errors)
    {
        var category = writer.Category(categoryId, subCategoryId, errors);
        var property = writer.Property(propertyId, unitId, errors);
        TaskWriter.CheckAssignee(assignedTo, errors);
        errors.ThrowIfAny();
        task.Property = property;
        task.UnitId = unitId;
        return TaskWriter.ApplyCommon(task, title, status, priority, dueDate, assignedTo, category);
    }
}
