using PropertyManager.Buildium.Client;

namespace PropertyManager.Buildium.Tasks;

/// <summary>
/// Tasks: the read-only generic list (<c>/v1/tasks</c>, common fields of every type) and the per-type
/// endpoints that can also create and update.
/// </summary>
public sealed class TasksClient
{
    private readonly BuildiumTransport _transport;

    internal TasksClient(BuildiumTransport transport)
    {
        _transport = transport;
    }

    /// <summary>Tasks of every type with their common fields.</summary>
    public IAsyncEnumerable<AllTasksMessage> ListAsync(TaskListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<AllTasksMessage>("v1/tasks", filter, cancellationToken);

    public Task<AllTasksMessage> GetAsync(int taskId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<AllTasksMessage>($"v1/tasks/{taskId}", cancellationToken);

    /// <summary>Lists resident requests (<c>/v1/tasks/residentrequests</c>).</summary>
    public IAsyncEnumerable<ResidentRequestTaskMessage> ListResidentRequestsAsync(TaskTypeListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<ResidentRequestTaskMessage>("v1/tasks/residentrequests", filter, cancellationToken);

    public Task<ResidentRequestTaskMessage> GetResidentRequestAsync(int residentRequestTaskId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<ResidentRequestTaskMessage>($"v1/tasks/residentrequests/{residentRequestTaskId}", cancellationToken);

    public Task<ResidentRequestTaskMessage> CreateResidentRequestAsync(ResidentRequestTaskPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<ResidentRequestTaskPostMessage, ResidentRequestTaskMessage>("v1/tasks/residentrequests", message, cancellationToken);

    /// <summary>Full replace; a non-empty <c>Message</c> also adds a task history entry.</summary>
    public Task<ResidentRequestTaskMessage> ReplaceResidentRequestAsync(int residentRequestTaskId, ResidentRequestTaskPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<ResidentRequestTaskPutMessage, ResidentRequestTaskMessage>($"v1/tasks/residentrequests/{residentRequestTaskId}", message, cancellationToken);

    /// <summary>GET-merge-PUT. The task's Description cannot be changed through the API; set <c>Message</c> to add history.</summary>
    public Task<ResidentRequestTaskMessage> UpdateResidentRequestAsync(int residentRequestTaskId, Action<ResidentRequestTaskPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<ResidentRequestTaskMessage, ResidentRequestTaskPutMessage>($"v1/tasks/residentrequests/{residentRequestTaskId}", TaskMapping.ToPutMessage, change, cancellationToken);

    /// <summary>Lists to-dos (<c>/v1/tasks/todorequests</c>).</summary>
    public IAsyncEnumerable<ToDoTaskMessage> ListToDosAsync(TaskTypeListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<ToDoTaskMessage>("v1/tasks/todorequests", filter, cancellationToken);

    public Task<ToDoTaskMessage> GetToDoAsync(int toDoTaskId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<ToDoTaskMessage>($"v1/tasks/todorequests/{toDoTaskId}", cancellationToken);

    public Task<ToDoTaskMessage> CreateToDoAsync(ToDoTaskPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<ToDoTaskPostMessage, ToDoTaskMessage>("v1/tasks/todorequests", message, cancellationToken);

    /// <summary>Full replace; a non-empty <c>Message</c> also adds a task history entry.</summary>
    public Task<ToDoTaskMessage> ReplaceToDoAsync(int toDoTaskId, ToDoTaskPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<ToDoTaskPutMessage, ToDoTaskMessage>($"v1/tasks/todorequests/{toDoTaskId}", message, cancellationToken);

    /// <summary>GET-merge-PUT. The task's Description cannot be changed through the API; set <c>Message</c> to add history.</summary>
    public Task<ToDoTaskMessage> UpdateToDoAsync(int toDoTaskId, Action<ToDoTaskPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<ToDoTaskMessage, ToDoTaskPutMessage>($"v1/tasks/todorequests/{toDoTaskId}", TaskMapping.ToPutMessage, change, cancellationToken);

    /// <summary>Lists contact requests (<c>/v1/tasks/contactrequests</c>).</summary>
    public IAsyncEnumerable<ContactRequestTaskMessage> ListContactRequestsAsync(TaskTypeListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<ContactRequestTaskMessage>("v1/tasks/contactrequests", filter, cancellationToken);

    public Task<ContactRequestTaskMessage> GetContactRequestAsync(int contactRequestTaskId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<ContactRequestTaskMessage>($"v1/tasks/contactrequests/{contactRequestTaskId}", cancellationToken);

    public Task<ContactRequestTaskMessage> CreateContactRequestAsync(ContactRequestTaskPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<ContactRequestTaskPostMessage, ContactRequestTaskMessage>("v1/tasks/contactrequests", message, cancellationToken);

    /// <summary>Full replace; a non-empty <c>Message</c> also adds a task history entry.</summary>
    public Task<ContactRequestTaskMessage> ReplaceContactRequestAsync(int contactRequestTaskId, ContactRequestTaskPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<ContactRequestTaskPutMessage, ContactRequestTaskMessage>($"v1/tasks/contactrequests/{contactRequestTaskId}", message, cancellationToken);

    /// <summary>GET-merge-PUT. The task's Description cannot be changed through the API; set <c>Message</c> to add history.</summary>
    public Task<ContactRequestTaskMessage> UpdateContactRequestAsync(int contactRequestTaskId, Action<ContactRequestTaskPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<ContactRequestTaskMessage, ContactRequestTaskPutMessage>($"v1/tasks/contactrequests/{contactRequestTaskId}", TaskMapping.ToPutMessage, change, cancellationToken);

    /// <summary>Lists rental owner requests (<c>/v1/tasks/rentalownerrequests</c>).</summary>
    public IAsyncEnumerable<RentalOwnerRequestTaskMessage> ListRentalOwnerRequestsAsync(TaskTypeListFilter? filter = null, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<RentalOwnerRequestTaskMessage>("v1/tasks/rentalownerrequests", filter, cancellationToken);

    public Task<RentalOwnerRequestTaskMessage> GetRentalOwnerRequestAsync(int rentalOwnerRequestTaskId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<RentalOwnerRequestTaskMessage>($"v1/tasks/rentalownerrequests/{rentalOwnerRequestTaskId}", cancellationToken);

    public Task<RentalOwnerRequestTaskMessage> CreateRentalOwnerRequestAsync(RentalOwnerRequestTaskPostMessage message, CancellationToken cancellationToken = default) =>
        _transport.PostAsync<RentalOwnerRequestTaskPostMessage, RentalOwnerRequestTaskMessage>("v1/tasks/rentalownerrequests", message, cancellationToken);

    /// <summary>Full replace; a non-empty <c>Message</c> also adds a task history entry.</summary>
    public Task<RentalOwnerRequestTaskMessage> ReplaceRentalOwnerRequestAsync(int rentalOwnerRequestTaskId, RentalOwnerRequestTaskPutMessage message, CancellationToken cancellationToken = default) =>
        _transport.PutAsync<RentalOwnerRequestTaskPutMessage, RentalOwnerRequestTaskMessage>($"v1/tasks/rentalownerrequests/{rentalOwnerRequestTaskId}", message, cancellationToken);

    /// <summary>GET-merge-PUT. The task's Description cannot be changed through the API; set <c>Message</c> to add history.</summary>
    public Task<RentalOwnerRequestTaskMessage> UpdateRentalOwnerRequestAsync(int rentalOwnerRequestTaskId, Action<RentalOwnerRequestTaskPutMessage> change, CancellationToken cancellationToken = default) =>
        _transport.UpdateAsync<RentalOwnerRequestTaskMessage, RentalOwnerRequestTaskPutMessage>($"v1/tasks/rentalownerrequests/{rentalOwnerRequestTaskId}", TaskMapping.ToPutMessage, change, cancellationToken);
}
