using System.Text.Json.Nodes;
using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Tasks;
using PropertyManager.Data.Tasks;
using PropertyManager.Sync.Maintenance;
using PropertyManager.Sync.Mapping;
using PropertyManager.Sync.Tests.Infrastructure;

namespace PropertyManager.Sync.Tests;

public sealed class TaskMapperTests
{
    [Fact]
    public void A_task_maps_to_every_task_column()
    {
        var task = new MaintenanceTask { EstimatedCost = 150m, Notes = "Check the dishwasher too" };

        MaintenanceTaskMapper.ToLocal(Samples.Task(), task);

        task.BuildiumTaskId.ShouldBe(70441);
        task.Subject.ShouldBe("Kitchen sink leaking under cabinet");
        task.Description.ShouldBe("Tenant reports water pooling under the kitchen sink since Monday.");
        task.Priority.ShouldBe(TaskPriorities.High);
        task.Status.ShouldBe(TaskStatuses.InProgress);
        task.AssignedTo.ShouldBe("214");
        task.ScheduledDate.ShouldBe(new DateTimeOffset(2025, 7, 9, 0, 0, 0, TimeSpan.Zero));
        task.Category.ShouldBe("Plumbing");
        task.EstimatedCost.ShouldBe(150m, "local only");
        task.Notes.ShouldBe("Check the dishwasher too");
        MaintenanceTaskMapper.Parents(Samples.Task()).ShouldBe(new BuildiumParents { PropertyId = 50112, UnitId = 90877 });
    }

    [Fact]
    public void An_association_task_has_no_property_an_unassigned_one_no_assignee_and_unknown_values_stay_text()
    {
        var message = Samples.Task();
        message.Property = new PropertyMessage { Id = 600, Type = TaskPropertyType.Association };
        message.UnitId = null;
        message.AssignedToUserId = 0;
        message.TaskStatus = new BuildiumEnumValue<BuildiumTaskStatus>("WaitingOnVendor");
        message.Category = null;
        message.DueDate = null;
        var task = new MaintenanceTask();

        MaintenanceTaskMapper.ToLocal(message, task);

        MaintenanceTaskMapper.Parents(message).ShouldBe(BuildiumParents.None);
        task.AssignedTo.ShouldBeNull();
        task.Status.ShouldBe("WaitingOnVendor");
        task.Category.ShouldBeNull();
        task.ScheduledDate.ShouldBeNull();
    }

    [Fact]
    public void A_local_task_is_posted_as_a_To_Do_and_survives_Buildiums_echo()
    {
        var local = new MaintenanceTask
        {
            Subject = "Annual boiler inspection",
            Description = "Book the city inspector and notify tenants 48 h ahead.",
            Priority = TaskPriorities.Normal,
            Status = TaskStatuses.New,
            AssignedTo = "214",
            ScheduledDate = new DateTimeOffset(2025, 10, 15, 0, 0, 0, TimeSpan.Zero),
            Category = "Inspections",
        };

        var post = MaintenanceTaskMapper.ToPost(local, propertyBuildiumId: 50112, unitBuildiumId: null, categoryBuildiumId: 33);
        var echoed = BuildiumEcho.Echo<ToDoTaskMessage>(post, json =>
        {
            json["Id"] = 70500;
            json["Category"] = new JsonObject { ["Id"] = json["CategoryId"]!.DeepClone(), ["Name"] = "Inspections" };
            json["Property"] = new JsonObject { ["Id"] = json["PropertyId"]!.DeepClone(), ["Type"] = "Rental" };
        });
        var pulled = new MaintenanceTask();
        MaintenanceTaskMapper.ToLocal(echoed, pulled);

        foreach (var property in typeof(MaintenanceTask).GetProperties().Where(p => p.Name is not (nameof(MaintenanceTask.History) or nameof(MaintenanceTask.BuildiumTaskId))))
        {
            property.GetValue(pulled).ShouldBe(property.GetValue(local), property.Name);
        }

        MaintenanceTaskMapper.Parents(echoed).ShouldBe(new BuildiumParents { PropertyId = 50112 });
    }

    [Fact]
    public void A_task_without_a_Buildium_assignee_needs_a_default_one()
    {
        var local = new MaintenanceTask { Subject = "Replace hallway bulbs", AssignedTo = "Dana (front desk)" };

        Should.Throw<InvalidOperationException>(() => MaintenanceTaskMapper.ToPost(local, null, null, null));
        var post = MaintenanceTaskMapper.ToPost(local, null, null, null, defaultAssigneeUserId: 7);

        post.AssignedToUserId.ShouldBe(7);
        post.TaskStatus.Known.ShouldBe(BuildiumTaskStatus.New);
        post.Priority.Known.ShouldBe(TaskPriority.Normal);
    }

    [Fact]
    public void ApplyTo_a_resident_request_changes_status_and_keeps_category_and_sub_category()
    {
        var message = new ResidentRequestTaskMessage
        {
            Id = 70441,
            Title = "Kitchen sink leaking under cabinet",
            Category = new TaskCategoryResponseMessage { Id = 31, Name = "Plumbing", SubCategory = new TaskSubCategoryMessage { Id = 311 } },
            UnitId = 90877,
            AssignedToUserId = 214,
            TaskStatus = BuildiumTaskStatus.InProgress,
            Priority = TaskPriority.High,
            DueDate = new DateOnly(2025, 7, 9),
        };
        var put = message.ToPutMessage();
        var local = new MaintenanceTask();
        MaintenanceTaskMapper.ToLocal(message, local);
        local.Status = TaskStatuses.Completed;
        local.Description = "edited locally";

        MaintenanceTaskMapper.ApplyTo(local, put);

        put.TaskStatus.Known.ShouldBe(BuildiumTaskStatus.Completed);
        put.Priority.Known.ShouldBe(TaskPriority.High);
        put.CategoryId.ShouldBe(31);
        put.SubCategoryId.ShouldBe(311);
        put.AssignedToUserId.ShouldBe(214);
        put.DueDate.ShouldBe(new DateOnly(2025, 7, 9));
        put.Message.ShouldBeNull("a message would add a history entry");
        MaintenanceTaskMapper.ReadOnlyFields.ShouldContain(nameof(MaintenanceTask.Description));
    }

    [Fact]
    public void ApplyTo_a_To_Do_moves_it_when_new_ids_are_given()
    {
        var message = new ToDoTaskMessage { Id = 70500, Title = "Boiler", Property = new PropertyMessage { Id = 50112, Type = TaskPropertyType.Rental }, AssignedToUserId = 214, TaskStatus = BuildiumTaskStatus.New, Priority = TaskPriority.Low };
        var put = message.ToPutMessage();
        var local = new MaintenanceTask { Subject = "Boiler inspection", AssignedTo = "215", Priority = TaskPriorities.High, ScheduledDate = new DateTimeOffset(2025, 10, 15, 23, 30, 0, TimeSpan.Zero) };

        MaintenanceTaskMapper.ApplyTo(local, put, propertyBuildiumId: 50113, unitBuildiumId: 90900, categoryBuildiumId: 33);

        put.Title.ShouldBe("Boiler inspection");
        put.AssignedToUserId.ShouldBe(215);
        put.Priority.Known.ShouldBe(TaskPriority.High);
        put.PropertyId.ShouldBe(50113);
        put.UnitId.ShouldBe(90900);
        put.CategoryId.ShouldBe(33);
        put.DueDate.ShouldBe(new DateOnly(2025, 10, 15));
    }

    [Fact]
    public void A_task_category_round_trips_its_name_and_keeps_the_local_colour()
    {
        var category = new TaskCategory { Color = "#1f77b4" };
        TaskCategoryMapper.ToLocal(Samples.TaskCategory(), category);

        var post = TaskCategoryMapper.ToPost(new TaskCategory { Name = "Inspections" });
        var echoed = BuildiumEcho.Echo<TaskCategoryMessage>(post, json => json["Id"] = 33);
        var pulled = new TaskCategory();
        TaskCategoryMapper.ToLocal(echoed, pulled);
        var put = Samples.TaskCategory().ToPutMessage();
        TaskCategoryMapper.ApplyTo(new TaskCategory { Name = "Plumbing & Drains" }, put);

        category.BuildiumCategoryId.ShouldBe(31);
        category.Name.ShouldBe("Plumbing");
        category.Color.ShouldBe("#1f77b4");
        pulled.Name.ShouldBe("Inspections");
        pulled.BuildiumCategoryId.ShouldBe(33);
        put.Name.ShouldBe("Plumbing & Drains");
        TaskCategoryMapper.IsEditable(new TaskCategoryMessage { IsSystemCategory = true }).ShouldBeFalse();
    }

    [Fact]
    public void A_history_entry_maps_status_message_assignee_and_completion_time()
    {
        var entry = new TaskHistory();

        TaskHistoryMapper.ToLocal(Samples.TaskHistory(), entry);

        entry.BuildiumHistoryId.ShouldBe(88110);
        entry.Status.ShouldBe(TaskStatuses.Completed);
        entry.Notes.ShouldBe("Replaced trap and supply line; no further leak.");
        entry.AssignedTo.ShouldBe("214");
        entry.CompletedDate.ShouldBe(new DateTimeOffset(2025, 7, 9, 16, 42, 10, TimeSpan.Zero));
        entry.CreatedAt.ShouldBeNull("the local created_at is the app's");

        var inProgress = Samples.TaskHistory();
        inProgress.TaskStatus = BuildiumTaskStatus.InProgress;
        TaskHistoryMapper.ToLocal(inProgress, entry);
        entry.CompletedDate.ShouldBeNull();
        entry.Status.ShouldBe(TaskStatuses.InProgress);
    }

    [Fact]
    public void A_history_entry_round_trips_its_message_through_Buildiums_PUT()
    {
        var local = new TaskHistory();
        TaskHistoryMapper.ToLocal(Samples.TaskHistory(), local);
        local.Notes = "Replaced trap and supply line; cabinet floor dried.";
        var put = Samples.TaskHistory().ToPutMessage();

        TaskHistoryMapper.ApplyTo(local, put);
        var echoed = BuildiumEcho.Echo<TaskHistoryMessage>(put, json =>
        {
            json["Id"] = 88110;
            json["TaskStatus"] = "Completed";
        });
        var pulled = new TaskHistory();
        TaskHistoryMapper.ToLocal(echoed, pulled);

        put.Message.ShouldBe("Replaced trap and supply line; cabinet floor dried.");
        pulled.Notes.ShouldBe(local.Notes);
        TaskHistoryMapper.ReadOnlyFields.ShouldContain(nameof(TaskHistory.Status));
    }

    [Fact]
    public void A_history_file_maps_title_type_and_size_in_bytes_without_url()
    {
        var file = new TaskHistoryFile { FileUrl = "https://expired.example/signed", Description = "Photo from the tech" };

        TaskHistoryFileMapper.ToLocal(Samples.TaskHistoryFile(), file);

        file.BuildiumFileId.ShouldBe(9901);
        file.FileName.ShouldBe("After repair - sink cabinet.jpg");
        file.FileType.ShouldBe("image/jpeg");
        file.FileSize.ShouldBe(2048 * 1024);
        file.FileUrl.ShouldBeNull();
        file.Description.ShouldBe("Photo from the tech");
    }

    [Theory]
    [InlineData(0L, 0)]
    [InlineData(1L, 1024)]
    [InlineData(2097151L, 2147482624)]
    [InlineData(2097152L, int.MaxValue)]
    [InlineData(long.MaxValue, int.MaxValue)]
    public void File_sizes_convert_from_kilobytes_and_cap_at_int_max(long kilobytes, int bytes)
    {
        TaskHistoryFileMapper.SizeInBytes(kilobytes).ShouldBe(bytes);
    }

    [Fact]
    public void A_file_without_title_uses_the_physical_name_truncated_to_the_column()
    {
        var message = Samples.TaskHistoryFile();
        message.Title = " ";
        message.PhysicalFileName = new string('f', 300) + ".pdf";
        var file = new TaskHistoryFile();

        TaskHistoryFileMapper.ToLocal(message, file);

        file.FileName.ShouldBe(new string('f', 255));
        TaskHistoryFileMapper.SizeInBytes(-1).ShouldBeNull();
    }
}
