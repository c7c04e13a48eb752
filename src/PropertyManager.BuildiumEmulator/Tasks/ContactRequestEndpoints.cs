using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;

namespace PropertyManager.BuildiumEmulator.Tasks;

/// <summary>/v1/tasks/contactrequests: requests from someone who is not a tenant or owner, with their contact details.</summary>
internal sealed class ContactRequestEndpoints(TaskWriter writer) : IEndpointModule
{
    public void MapEndpoints(IEndpointRouteBuilder app) => writer.MapTaskType(app, new TaskTypeDefinition<ContactRequestTaskPostMessage, ContactRequestTaskPutMessage>(
        "/v1/tasks/contactrequests",
        "ContactRequest",
        "No contact request found with the id.",
        TaskProjections.ToContactRequest,
        body => Write(new TaskRecord { Description = body.Description }, body.Title, body.TaskStatus, body.Priority, body.DueDate, body.AssignedToUserId, body.CategoryId, body.SubCategoryId, body.PropertyId, body.UnitId, body.ContactDetail),
        (task, body) => Write(task, body.Title, body.TaskStatus, body.Priority, body.DueDate, body.AssignedToUserId, body.CategoryId, body.SubCategoryId, body.PropertyId, body.UnitId, body.ContactDetail),
        body => body.Message));

    private TaskRecord Write(TaskRecord task, string? title, string? status, string? priority, DateOnly? dueDate, int? assignedTo, int? categoryId, int? subCategoryId, int? propertyId, int? unitId, ContactDetailSaveMessage? contact)
    {
        var errors = new WriteErrors();
        var category = writer.Category(categoryId, subCategoryId, errors);
        var property = writer.Property(propertyId, unitId, errors);
        TaskWriter.CheckAssignee(assignedTo, errors);
        errors.ThrowIfAny();
        task.Property = property;
        task.UnitId = unitId;
        task.ContactDetail = new ContactDetailMessage
        {
            FirstName = contact!.FirstName,
            LastName = contact.LastName,
            Email = contact.Email,
            PhoneNumbers = new ContactDetailPhoneMessage { Home = contact.PhoneNumbers?.Home, Work = contact.PhoneNumbers?.Work, Mobile = contact.PhoneNumbers?.Mobile },
        };
        return TaskWriter.ApplyCommon(task, title, status, priority, dueDate, assignedTo, category);
    }
}
