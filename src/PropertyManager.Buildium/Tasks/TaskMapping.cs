namespace PropertyManager.Buildium.Tasks;

/// <summary>
/// Copies tasks, task categories and history entries as read into their PUT messages. <c>Message</c> stays
/// empty: on a task PUT it creates a history entry, so only a deliberate change should set it.
/// </summary>
public static class TaskMapping
{
    public static ResidentRequestTaskPutMessage ToPutMessage(this ResidentRequestTaskMessage task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new ResidentRequestTaskPutMessage
        {
            Title = task.Title ?? string.Empty,
            CategoryId = task.Category?.Id,
            SubCategoryId = task.Category?.SubCategory?.Id,
            AssignedToUserId = task.AssignedToUserId,
            TaskStatus = task.TaskStatus,
            Priority = task.Priority,
            DueDate = task.DueDate,
        };
    }

    public static ToDoTaskPutMessage ToPutMessage(this ToDoTaskMessage task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new ToDoTaskPutMessage
        {
            Title = task.Title ?? string.Empty,
            CategoryId = task.Category?.Id,
            SubCategoryId = task.Category?.SubCategory?.Id,
            PropertyId = task.Property?.Id,
            UnitId = task.UnitId,
            AssignedToUserId = task.AssignedToUserId ?? 0,
            TaskStatus = task.TaskStatus,
            Priority = task.Priority,
            DueDate = task.DueDate,
        };
    }

    public static ContactRequestTaskPutMessage ToPutMessage(this ContactRequestTaskMessage task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new ContactRequestTaskPutMessage
        {
            Title = task.Title ?? string.Empty,
            CategoryId = task.Category?.Id,
            SubCategoryId = task.Category?.SubCategory?.Id,
            PropertyId = task.Property?.Id,
            UnitId = task.UnitId,
            AssignedToUserId = task.AssignedToUserId ?? 0,
            TaskStatus = task.TaskStatus,
            Priority = task.Priority,
            DueDate = task.DueDate,
            ContactDetail = new ContactDetailSaveMessage
            {
                FirstName = task.ContactDetail?.FirstName ?? string.Empty,
                LastName = task.ContactDetail?.LastName,
                Email = task.ContactDetail?.Email,
                PhoneNumbers = task.ContactDetail?.PhoneNumbers is { } phones
                    ? new ContactDetailSavePhoneMessage { Home = phones.Home, Work = phones.Work, Mobile = phones.Mobile }
                    : null,
            },
        };
    }

    public static RentalOwnerRequestTaskPutMessage ToPutMessage(this RentalOwnerRequestTaskMessage task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new RentalOwnerRequestTaskPutMessage
        {
            Title = task.Title ?? string.Empty,
            CategoryId = task.Category?.Id,
            SubCategoryId = task.Category?.SubCategory?.Id,
            PropertyId = task.Property?.Id,
            UnitId = task.UnitId,
            AssignedToUserId = task.AssignedToUserId,
            TaskStatus = task.TaskStatus,
            Priority = task.Priority,
            DueDate = task.DueDate,
        };
    }

    public static TaskCategoryPutMessage ToPutMessage(this TaskCategoryMessage category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return new TaskCategoryPutMessage { Name = category.Name ?? string.Empty };
    }

    public static TaskHistoryPutMessage ToPutMessage(this TaskHistoryMessage entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new TaskHistoryPutMessage { Message = entry.Message ?? string.Empty };
    }
}
