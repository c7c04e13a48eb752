using System.Text.Json.Nodes;
using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.WorkOrders;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Sync.Maintenance;
using PropertyManager.Sync.Mapping;
using PropertyManager.Sync.Tests.Infrastructure;

namespace PropertyManager.Sync.Tests;

public sealed class WorkOrderMapperTests
{
    [Fact]
    public void A_work_order_maps_to_every_work_order_column()
    {
        var workOrder = new WorkOrder { Notes = "Tenant works nights", EstimatedCost = 400m };

        WorkOrderMapper.ToLocal(Samples.WorkOrder(), workOrder);

        workOrder.BuildiumWorkOrderId.ShouldBe(5501);
        workOrder.Subject.ShouldBe("Repair kitchen sink plumbing, unit 3B");
        workOrder.Description.ShouldBe("Replace P-trap and supply line; check for cabinet water damage.");
        workOrder.Priority.ShouldBe(TaskPriorities.Normal);
        workOrder.Status.ShouldBe(TaskStatuses.Completed);
        workOrder.ScheduledDate.ShouldBe(new DateTimeOffset(2025, 7, 10, 0, 0, 0, TimeSpan.Zero));
        workOrder.ActualCost.ShouldBe(412.50m);
        workOrder.Notes.ShouldBe("Tenant works nights", "local only: Buildium's notes are shown to the vendor");
        workOrder.EstimatedCost.ShouldBe(400m);
        WorkOrderMapper.Parents(Samples.WorkOrder()).ShouldBe(new BuildiumParents { TaskId = 70441, UnitId = 90877, VendorId = 8801 });
    }

    [Fact]
    public void Missing_or_Unknown_work_order_values_fall_back_to_the_task()
    {
        var message = Samples.WorkOrder();
        message.Title = null;
        message.DueDate = null;
        message.Priority = WorkOrderPriority.Unknown;
        message.Status = null;
        var workOrder = new WorkOrder();

        WorkOrderMapper.ToLocal(message, workOrder);

        workOrder.Subject.ShouldBe("Kitchen sink leaking under cabinet");
        workOrder.ScheduledDate.ShouldBe(new DateTimeOffset(2025, 7, 9, 0, 0, 0, TimeSpan.Zero));
        workOrder.Priority.ShouldBe(TaskPriorities.High);
        workOrder.Status.ShouldBe(TaskStatuses.InProgress);
    }

    [Fact]
    public void A_local_work_order_creates_its_task_and_survives_Buildiums_echo()
    {
        var local = new WorkOrder
        {
            Subject = "Repaint stairwell",
            Description = "Two coats, eggshell white, floors 1-3",
            Priority = TaskPriorities.Low,
            Status = TaskStatuses.New,
            AssignedTo = "214",
            ScheduledDate = new DateTimeOffset(2025, 9, 20, 0, 0, 0, TimeSpan.Zero),
        };

        var post = WorkOrderMapper.ToPost(local, vendorBuildiumId: 8801, propertyBuildiumId: 50112, unitBuildiumId: 90877);
        var echoed = BuildiumEcho.Echo<WorkOrderMessage>(post, json =>
        {
            var task = json["Task"]!.AsObject();
            task["Id"] = 70600;
            task["Type"] = "Todo";
            json["Id"] = 5600;
            json["DueDate"] = task["DueDate"]!.DeepClone();
            json["Priority"] = task["Priority"]!.DeepClone();
            json["Status"] = task["Status"]!.DeepClone();
            json["Amount"] = 0;
        });
        var pulled = new WorkOrder();
        WorkOrderMapper.ToLocal(echoed, pulled);

        post.Task!.AssignedToUserId.ShouldBe(214);
        post.EntryAllowed.Known.ShouldBe(EntryAllowed.Unknown);
        pulled.Subject.ShouldBe(local.Subject);
        pulled.Description.ShouldBe(local.Description);
        pulled.Priority.ShouldBe(local.Priority);
        pulled.Status.ShouldBe(local.Status);
        pulled.ScheduledDate.ShouldBe(local.ScheduledDate);
        pulled.ActualCost.ShouldBe(0m);
        WorkOrderMapper.Parents(echoed).ShouldBe(new BuildiumParents { TaskId = 70600, UnitId = 90877, VendorId = 8801 });
    }

    [Fact]
    public void A_work_order_on_an_existing_task_sends_only_the_task_id()
    {
        var post = WorkOrderMapper.ToPost(new WorkOrder { Subject = "Snake drain" }, vendorBuildiumId: 8801, taskBuildiumId: 70441);

        post.TaskId.ShouldBe(70441);
        post.Task.ShouldBeNull();
        Should.Throw<InvalidOperationException>(() => WorkOrderMapper.ToPost(new WorkOrder { Subject = "No assignee" }, 8801));
    }

    [Fact]
    public void ApplyTo_changes_title_and_details_and_keeps_vendor_entry_and_line_items()
    {
        var put = Samples.WorkOrder().ToPutMessage();
        var local = new WorkOrder();
        WorkOrderMapper.ToLocal(Samples.WorkOrder(), local);
        local.Subject = "Repair kitchen sink plumbing and cabinet floor";
        local.Description = "Also replace the cabinet floor panel.";
        local.Status = TaskStatuses.Closed;

        WorkOrderMapper.ApplyTo(local, put);

        put.Title.ShouldBe("Repair kitchen sink plumbing and cabinet floor");
        put.WorkDetails.ShouldBe("Also replace the cabinet floor panel.");
        put.VendorId.ShouldBe(8801);
        put.VendorNotes.ShouldBe("Call tenant 30 minutes ahead");
        put.EntryNotes.ShouldBe("Key in lockbox 4411");
        put.EntryAllowed.Known.ShouldBe(EntryAllowed.Yes);
        put.InvoiceNumber.ShouldBe("ORT-7781");
        put.LineItems!.Single().UnitPrice.ShouldBe(412.50m);
        WorkOrderMapper.ReadOnlyFields.ShouldContain(nameof(WorkOrder.Status), "the work order PUT has no status");
    }

    [Fact]
    public void An_unknown_work_order_status_is_kept_as_text()
    {
        var message = Samples.WorkOrder();
        message.Status = new BuildiumEnumValue<WorkOrderStatus>("AwaitingParts");
        var workOrder = new WorkOrder();

        WorkOrderMapper.ToLocal(message, workOrder);

        workOrder.Status.ShouldBe("AwaitingParts");
    }
}
