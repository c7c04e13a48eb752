using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Tasks;

/// <summary>/v1/tasks/residentrequests: requests raised by a tenant on a lease.</summary>
internal sealed class ResidentRequestEndpoints(TaskWriter writer, EmulatorData data) : IEndpointModule
{
    public void MapEndpoints(IEndpointRouteBuilder app) => writer.MapTaskType(app, new TaskTypeDefinition<ResidentRequestTaskPostMessage, ResidentRequestTaskPutMessage>(
        "/v1/tasks/residentrequests",
        "ResidentRequest",
        "No resident request found with the id.",
        TaskProjections.ToResidentRequest,
        Create,
        Update,
        body => body.Message));

    private TaskRecord Create(ResidentRequestTaskPostMessage body)
    {
        var errors = new WriteErrors();
        var lease = data.Leases.Find(body.UnitAgreementId!.Value)?.Value;
        errors.When(lease is null, "UnitAgreementId", $"No lease found with the id {body.UnitAgreementId}.");
        var tenant = lease?.CurrentTenants?.FirstOrDefault(t => t.Id == body.RequestedByEntityId);
        errors.When(lease is not null && tenant is null, "RequestedByEntityId", $"No tenant with the id {body.RequestedByEntityId} on lease {body.UnitAgreementId}.");
        var category = writer.Category(body.CategoryId, body.SubCategoryId, errors);
        TaskWriter.CheckAssignee(body.AssignedToUserId, errors);
        errors.ThrowIfAny();

        var task = TaskWriter.ApplyCommon(new TaskRecord(), body.Title, body.TaskStatus, body.Priority, body.DueDate, body.AssignedToUserId, category);
        task.Description = body.Description;
        task.Property = new PropertyMessage { Id = lease!.PropertyId, Type = "Rental", Href = $"/v1/rentals/{lease.PropertyId}" };
        task.UnitId = lease.UnitId;
        task.UnitAgreement = new UnitAgreementMessage { Id = lease.Id, Type = "Lease", Href = $"/v1/leases/{lease.Id}" };
        task.RequestedByUserEntity = new RequestedByUserEntityMessage
        {
            Type = "RentalTenant",
            Id = tenant!.Id,
            FirstName = tenant.FirstName,
            LastName = tenant.LastName,
            IsCompany = false,
            Href = $"/v1/leases/tenants/{tenant.Id}",
        };
        task.IsEntryPermittedByResident = body.IsEntryPermittedByResident;
        task.DoesResidentHavePets = body.DoesResidentHavePets;
        task.ResidentEntryNotes = body.ResidentEntryNotes;
        return task;
    }

    private TaskRecord Update(TaskRecord task, ResidentRequestTaskPutMessage body)
    {
        var errors = new WriteErrors();
        var category = writer.Category(body.CategoryId, body.SubCategoryId, errors);
        TaskWriter.CheckAssignee(body.AssignedToUserId, errors);
        errors.ThrowIfAny();
        return TaskWriter.ApplyCommon(task, body.Title, body.TaskStatus, body.Priority, body.DueDate, body.AssignedToUserId, category);
    }
}
