using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Tasks;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.WorkOrders;

/// <summary>
/// /v1/workorders. A work order hangs off a task (existing TaskId, or a new to-do created from Task); the task's
/// due date, priority and status show through. PUT replaces all line items; Title is writable.
/// </summary>
internal sealed class WorkOrdersResource(ResourceContext context, TasksResource tasks, TaskHistoryResource history) : ResourceKind<WorkOrderMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/workorders";

    public override string Name => "workorders";

    public override string NotFoundMessage => "No work order found with the id.";

    public override RecordStore<WorkOrderMessage> Store => Data.WorkOrders;

    protected override string WebhookEntity => "WorkOrder";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<WorkOrderMessage>
        {
            Kind = this,
            Filters =
            [
                ListFilters.Custom<WorkOrderMessage>(Entity),
                ListFilters.Custom<WorkOrderMessage>(query => QueryReader.EnumSet(query, "statuses", BuildiumEnums.TaskStatus) is { } statuses ? w => TaskOf(w)?.TaskStatus is { } s && statuses.Contains(s) : null),
                ListFilters.Custom<WorkOrderMessage>(query => QueryReader.Enum(query, "type", BuildiumEnums.TaskType) is { } type ? w => TaskOf(w)?.TaskType == type : null),
                ListFilters.Custom<WorkOrderMessage>(query => QueryReader.Int(query, "unitid") is { } unitId ? w => TaskOf(w)?.UnitId == unitId : null),
                ListFilters.Custom<WorkOrderMessage>(query => QueryReader.Int(query, "unitagreementid") is { } leaseId ? w => TaskOf(w)?.UnitAgreement?.Id == leaseId : null),
                ListFilters.LastUpdated<WorkOrderMessage>(TimestampPrecision.Day),
                ListFilters.DateRange<WorkOrderMessage>("duedatefrom", "duedateto", w => TaskOf(w)?.DueDate),
                ListFilters.Custom<WorkOrderMessage>(query => QueryReader.Int(query, "taskcategoryid") is { } categoryId ? w => TaskOf(w)?.Category?.Id == categoryId : null),
                ListFilters.Custom<WorkOrderMessage>(query => QueryReader.EnumSet(query, "priorities", BuildiumEnums.Priority) is { } priorities ? w => TaskOf(w)?.Priority is { } p && priorities.Contains(p) : null),
                ListFilters.Custom<WorkOrderMessage>(query => QueryReader.Int(query, "assignedtoid") is { } userId ? w => TaskOf(w)?.AssignedToUserId == userId : null),
                ListFilters.IntIn<WorkOrderMessage>("vendorids", w => w.VendorId),
                ListFilters.Custom<WorkOrderMessage>(AmountRange),
                ListFilters.Custom<WorkOrderMessage>(query => QueryReader.Bool(query, "isbilled") is { } billed ? w => (w.BillTransactionIds?.Count > 0) == billed : null),
                ListFilters.Contains<WorkOrderMessage>("title", w => [w.Title]),
                ListFilters.IntIn<WorkOrderMessage>("taskids", w => w.Task?.Id),
            ],
        };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapCreate<WorkOrderMessage, WorkOrderPostMessage>(BasePath, view, (body, _) => Create(body));
        app.MapUpdate<WorkOrderMessage, WorkOrderPutMessage>($"{BasePath}/{ResourceEndpoints.IdRoute}", view, (existing, body, _) =>
        {
            var errors = new WriteErrors();
            var lineItems = Check(body.VendorId, body.LineItems, errors);
            errors.ThrowIfAny();
            return Map(ShallowCopy(existing.Value), body.Title, body.WorkDetails, body.InvoiceNumber, body.ChargeableTo, body.EntryAllowed, body.EntryNotes, body.VendorId, body.VendorNotes, body.EntryContactId, body.EntryContactIds, lineItems);
        });
    }

    public override object ToResponse(StoredRecord<WorkOrderMessage> record)
    {
        var workOrder = ShallowCopy(record.Value);
        if (TaskOf(record.Value) is { } task)
        {
            workOrder.Task = new WorkOrderTaskMessage
            {
                Id = task.Id,
                Type = task.TaskType,
                UnitId = task.UnitId,
                UnitAgreement = task.UnitAgreement,
                Title = task.Title,
                DueDate = task.DueDate,
                Priority = task.Priority,
                Status = task.TaskStatus,
            };
            workOrder.DueDate = task.DueDate;
            workOrder.Priority = task.Priority;
            workOrder.Status = task.TaskStatus;
        }

        return workOrder;
    }

    /// <summary>A bill created for the work order shows in its BillTransactionIds.</summary>
    public void LinkBill(int workOrderId, int billId) => ReplaceDerived(workOrderId, workOrder =>
    {
        if (workOrder.BillTransactionIds?.Contains(billId) == true)
        {
            return null;
        }

        var copy = ShallowCopy(workOrder);
        copy.BillTransactionIds = [.. workOrder.BillTransactionIds ?? [], billId];
        copy.BillTransactionId ??= billId;
        return copy;
    });

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<WorkOrderMessage> record) => webhookEvent.With("WorkOrderId", record.Id);

    private static WorkOrderMessage Map(
        WorkOrderMessage workOrder,
        string? title,
        string? workDetails,
        string? invoiceNumber,
        string? chargeableTo,
        string? entryAllowed,
        string? entryNotes,
        int? vendorId,
        string? vendorNotes,
        int? entryContactId,
        List<int>? entryContactIds,
        List<WorkOrderLineItemMessage> lineItems)
    {
        workOrder.Title = title;
        workOrder.WorkDetails = workDetails;
        workOrder.InvoiceNumber = invoiceNumber;
        workOrder.ChargeableTo = chargeableTo;
        workOrder.EntryAllowed = entryAllowed;
        workOrder.EntryNotes = entryNotes;
        workOrder.VendorId = vendorId;
        workOrder.VendorNotes = vendorNotes;
        workOrder.EntryContact = entryContactId is { } contactId ? new WorkOrderEntryContactMessage { Id = contactId, Resources = [] } : null;
        workOrder.EntryContacts = [.. (entryContactIds ?? []).Select(id => new WorkOrderEntryContactMessage { Id = id, Resources = [] })];
        workOrder.LineItems = lineItems;
        workOrder.Amount = Math.Round(lineItems.Sum(l => (l.Quantity ?? 0) * (l.UnitPrice ?? 0)), 2);
        return workOrder;
    }

    private WorkOrderMessage Create(WorkOrderPostMessage body)
    {
        var errors = new WriteErrors();
        var lineItems = Check(body.VendorId, body.LineItems, errors);
        errors.When(body.TaskId is null && body.Task is null, "TaskId", "Either TaskId or Task is required.");
        errors.When(body.TaskId is not null && body.Task is not null, "Task", "Give either TaskId or Task, not both.");
        errors.Exists(body.TaskId, id => Data.Tasks.Find(id) is not null, "TaskId", "task");
        if (body.Task is { } newTask)
        {
            var unit = newTask.UnitId is { } unitId ? Data.Units.Find(unitId) : null;
            errors.When(newTask.UnitId is not null && unit is null, "Task.UnitId", $"No unit found with the id {newTask.UnitId}.");
            errors.Exists(newTask.PropertyId, id => Data.Rentals.Find(id) is not null, "Task.PropertyId", "property");
            errors.Exists(newTask.AssignedToUserId, StaffDirectory.Exists, "Task.AssignedToUserId", "staff user");
        }

        errors.ThrowIfAny();

        var taskId = body.TaskId ?? CreateTask(body.Task!);
        var workOrder = Map(new WorkOrderMessage { BillTransactionIds = [] }, body.Title, body.WorkDetails, body.InvoiceNumber, body.ChargeableTo, body.EntryAllowed, body.EntryNotes, body.VendorId, body.VendorNotes, body.EntryContactId, body.EntryContactIds, lineItems);
        workOrder.Task = new WorkOrderTaskMessage { Id = taskId };
        workOrder.Title ??= Data.Tasks.Find(taskId)?.Value.Title;
        return workOrder;
    }

    private int CreateTask(WorkOrderTaskPostMessage body)
    {
        var propertyId = body.PropertyId ?? (body.UnitId is { } unitId ? Data.Units.Find(unitId)?.Value.PropertyId : null);
        var task = tasks.Add(new TaskRecord
        {
            TaskType = "Todo",
            Title = body.Title,
            TaskStatus = body.Status,
            Priority = body.Priority,
            DueDate = body.DueDate,
            AssignedToUserId = body.AssignedToUserId,
            UnitId = body.UnitId,
            Property = propertyId is { } id ? new PropertyMessage { Id = id, Type = "Rental", Href = $"/v1/rentals/{id}" } : null,
        });
        history.Record(task.Value, null);
        return task.Id;
    }

    private List<WorkOrderLineItemMessage> Check(int? vendorId, List<WorkOrderLineItemSaveMessage>? lineItems, WriteErrors errors)
    {
        errors.Exists(vendorId, id => Data.Vendors.Find(id) is not null, "VendorId", "vendor");
        for (var i = 0; i < (lineItems?.Count ?? 0); i++)
        {
            errors.Exists(lineItems![i].GlAccountId, id => Data.GlAccounts.Find(id) is not null, $"LineItems[{i}].GlAccountId", "general ledger account");
        }

        return [.. (lineItems ?? []).Select(l => new WorkOrderLineItemMessage { GlAccountId = l.GlAccountId, Quantity = l.Quantity, Memo = l.Memo, UnitPrice = l.UnitPrice })];
    }

    private TaskRecord? TaskOf(WorkOrderMessage workOrder) => workOrder.Task?.Id is { } id ? Data.Tasks.Find(id)?.Value : null;

    private Func<WorkOrderMessage, bool>? Entity(IQueryCollection query)
    {
        var entityId = QueryReader.Int(query, "entityid");
        var entityType = QueryReader.Enum(query, "entitytype", ["Rental", "RentalOwner", "Association"]);
        if (entityId is not { } id)
        {
            return null;
        }

        if (entityType is null)
        {
            throw BuildiumApiException.BadRequest("entitytype", "The entitytype parameter is required when entityid is given.");
        }

        HashSet<int> propertyIds = entityType == "RentalOwner" ? [.. Data.Owners.Find(id)?.Value.PropertyIds ?? []] : [id];
        return w => TaskOf(w)?.Property?.Id is { } propertyId && propertyIds.Contains(propertyId);
    }

    private static Func<WorkOrderMessage, bool>? AmountRange(IQueryCollection query)
    {
        var from = QueryReader.Double(query, "amountfrom");
        var to = QueryReader.Double(query, "amountto");
        return from is null && to is null ? null : w => (from is null || w.Amount >= from) && (to is null || w.Amount <= to);
    }
}
