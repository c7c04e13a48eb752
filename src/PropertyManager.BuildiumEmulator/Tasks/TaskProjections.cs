using PropertyManager.BuildiumEmulator.Contracts;

namespace PropertyManager.BuildiumEmulator.Tasks;

/// <summary>The stored task as each endpoint shows it: the generic list and the four per-type messages.</summary>
internal static class TaskProjections
{
    public static AllTasksMessage ToAllTasks(TaskRecord task) => new()
    {
        Id = task.Id,
        TaskType = task.TaskType,
        Category = task.Category,
        Title = task.Title,
        Description = task.Description,
        Property = task.Property,
        UnitId = task.UnitId,
        UnitAgreement = task.UnitAgreement,
        RequestedByUserEntity = task.RequestedByUserEntity,

        // Not nullable in AllTasksMessage: an unassigned task reads 0.
        AssignedToUserId = task.AssignedToUserId ?? 0,
        TaskStatus = task.TaskStatus,
        Priority = task.Priority,
        DueDate = task.DueDate,
        CreatedDateTime = task.CreatedDateTime,
        LastUpdatedDateTime = task.LastUpdatedDateTime,
    };

    public static ResidentRequestTaskMessage ToResidentRequest(TaskRecord task) => new()
    {
        Id = task.Id,
        Category = task.Category,
        Title = task.Title,
        Description = task.Description,
        Property = task.Property,
        UnitId = task.UnitId ?? 0,
        UnitAgreement = task.UnitAgreement,
        RequestedByUserEntity = task.RequestedByUserEntity,
        AssignedToUserId = task.AssignedToUserId,
        TaskStatus = task.TaskStatus,
        Priority = task.Priority,
        DueDate = task.DueDate,
        CreatedDateTime = task.CreatedDateTime,
        LastUpdatedDateTime = task.LastUpdatedDateTime,
        Appliance = task.Appliance,
        IsEntryPermittedByResident = task.IsEntryPermittedByResident,
        DoesResidentHavePets = task.DoesResidentHavePets,
        ResidentEntryNotes = task.ResidentEntryNotes,
    };

    public static ToDoTaskMessage ToToDo(TaskRecord task) => new()
    {
        Id = task.Id,
        Category = task.Category,
        Title = task.Title,
        Description = task.Description,
        Property = task.Property,
        UnitId = task.UnitId,
        AssignedToUserId = task.AssignedToUserId,
        TaskStatus = task.TaskStatus,
        Priority = task.Priority,
        DueDate = task.DueDate,
        CreatedDateTime = task.CreatedDateTime,
        LastUpdatedDateTime = task.LastUpdatedDateTime,
    };

    public static ContactRequestTaskMessage ToContactRequest(TaskRecord task) => new()
    {
        Id = task.Id,
        Category = task.Category,
        Title = task.Title,
        Description = task.Description,
        Property = task.Property,
        UnitId = task.UnitId,
        ContactDetail = task.ContactDetail,
        AssignedToUserId = task.AssignedToUserId,
        TaskStatus = task.TaskStatus,
        Priority = task.Priority,
        DueDate = task.DueDate,
        CreatedDateTime = task.CreatedDateTime,
        LastUpdatedDateTime = task.LastUpdatedDateTime,
    };

    public static RentalOwnerRequestTaskMessage ToRentalOwnerRequest(TaskRecord task) => new()
    {
        Id = task.Id,
        Category = task.Category,
        Title = task.Title,
        Description = task.Description,
        Property = task.Property,
        UnitId = task.UnitId,
        RequestedByUserEntity = task.RequestedByUserEntity,
        AssignedToUserId = task.AssignedToUserId,
        TaskStatus = task.TaskStatus,
        Priority = task.Priority,
        DueDate = task.DueDate,
        CreatedDateTime = task.CreatedDateTime,
        LastUpdatedDateTime = task.LastUpdatedDateTime,
    };
}
