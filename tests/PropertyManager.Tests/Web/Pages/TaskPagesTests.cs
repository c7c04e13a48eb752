using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tasks;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>The Tasks area over real HTTP: filters and export, the form, history and files, the read-only description.</summary>
public sealed class TaskPagesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _client = await _factory.CreateSignedInClientAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>The one place the test client is made (a signed-in client once the app requires login).</summary>

    [Fact]
    public async Task The_list_filters_and_exports_exactly_what_it_shows()
    {
        Guid propertyId;
        await using (var db = database.CreateContext())
        {
            var property = new Property { Name = "Task Filter House" };
            db.Properties.Add(property);
            for (var i = 1; i <= 8; i++)
            {
                db.Tasks.Add(new MaintenanceTask
                {
                    Subject = $"Filter task {i}",
                    Property = i <= 6 ? property : null,
                    Priority = i % 2 == 0 ? TaskPriorities.High : TaskPriorities.Low,
                    Status = i == 4 ? TaskStatuses.Completed : TaskStatuses.New,
                    AssignedTo = "4242",
                    ScheduledDate = new DateTimeOffset(2025, 3, i, 0, 0, 0, TimeSpan.Zero),
                });
            }

            await db.SaveChangesAsync();
            propertyId = property.Id;
        }

        // High priority, New, on the property, scheduled 2025-03-01..05: tasks 2 (4 is completed, 6 is out of range).
        var query = $"q=filter+task&priority=High&status=New&propertyId={propertyId}&assignee=4242&from=2025-03-01&to=2025-03-05&sort=subject";
        var html = await _client.GetStringAsync(new Uri($"/Tasks?{query}", UriKind.Relative));

        html.ShouldContain("Filter task 2");
        html.ShouldNotContain("Filter task 4");
        html.ShouldNotContain("Filter task 6");
        html.ShouldNotContain("Filter task 1");
        html.ShouldContain("1–1 of 1");

        var wide = await _client.GetStringAsync(new Uri($"/Tasks?q=filter+task&priority=High&to=2025-03-06", UriKind.Relative));
        wide.ShouldContain("1–3 of 3", Case.Sensitive, "the end date is inclusive: 2, 4 and 6");

        var lines = (await _client.GetStringAsync(new Uri($"/Tasks?handler=Csv&{query}", UriKind.Relative))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Subject,Priority,Status,Property");
        lines.Length.ShouldBe(2);
        lines[1].ShouldStartWith("Filter task 2,High,New,Task Filter House,4242,,2025-03-02");
    }

    [Fact]
    public async Task A_failed_post_shows_field_messages_keeps_what_was_typed_and_stores_nothing()
    {
        var form = Form("", description: "Leaky <i>tap</i>");
        form["Input.EstimatedCost"] = "-1";
        form["Input.ScheduledDate"] = "2025-05-10";
        form["Input.CompletedDate"] = "2025-05-01";

        var response = await _client.SubmitAsync("/Tasks/Create", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Enter the subject.");
        html.ShouldContain("The cost cannot be negative.");
        html.ShouldContain("The completed date cannot be before the scheduled date.");
        html.ShouldContain("Leaky &lt;i&gt;tap&lt;/i&gt;");
        html.ShouldContain("value=\"-1\"");
        await using var db = database.CreateContext();
        (await db.Tasks.AnyAsync(t => t.Description == "Leaky <i>tap</i>")).ShouldBeFalse();
    }

    [Fact]
    public async Task Creating_a_task_stores_it_and_queues_it_for_Buildium()
    {
        var response = await _client.SubmitAsync("/Tasks/Create", Form("Replace smoke alarms", description: "All units"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        await using var db = database.CreateContext();
        var task = await db.Tasks.SingleAsync(t => t.Subject == "Replace smoke alarms");
        task.Priority.ShouldBe(TaskPriorities.High);
        task.Status.ShouldBe(TaskStatuses.New);
        task.EstimatedCost.ShouldBe(120.50m);
        task.ScheduledDate.ShouldBe(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero));
        (await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.Task && s.EntityId == task.Id)).SyncStatus.ShouldBe(SyncStates.Pending);
    }

    [Fact]
    public async Task A_task_in_Buildium_shows_its_description_read_only_and_refuses_a_change_to_it()
    {
        Guid id;
        await using (var db = database.CreateContext())
        {
            var task = new MaintenanceTask { Subject = "Synced task", Description = "Line one\nLine two", Priority = TaskPriorities.Normal, Status = TaskStatuses.New, BuildiumTaskId = 63001 };
            db.Tasks.Add(task);
            await db.SaveChangesAsync();
            id = task.Id;
            await db.SyncStatuses.Where(s => s.EntityId == id).ExecuteDeleteAsync();
        }

        var editPage = await _client.GetStringAsync(new Uri($"/Tasks/Edit/{id}", UriKind.Relative));
        editPage.ShouldContain("Buildium cannot change a task's description after it is created");
        editPage.ShouldContain("readonly");

        var refused = await _client.SubmitAsync($"/Tasks/Edit/{id}", Form("Synced task", description: "Rewritten", priority: "Normal"));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("A task&#x27;s description cannot be changed after it is created in Buildium.");

        // The same text as the browser posts it (CRLF) is no change; the subject edit goes through.
        var saved = await _client.SubmitAsync($"/Tasks/Edit/{id}", Form("Synced task, renamed", description: "Line one\r\nLine two", priority: "Normal"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());

        await using (var db = database.CreateContext())
        {
            var task = await db.Tasks.SingleAsync(t => t.Id == id);
            task.Description.ShouldBe("Line one\nLine two");
            task.Subject.ShouldBe("Synced task, renamed");
            (await db.SyncStatuses.SingleAsync(s => s.EntityId == id)).SyncStatus.ShouldBe(SyncStates.Pending);
        }
    }

    [Fact]
    public async Task Details_shows_the_history_and_its_files_and_links_only_web_addresses()
    {
        Guid id;
        await using (var db = database.CreateContext())
        {
            var task = new MaintenanceTask { Subject = "<script>alert(1)</script>", Priority = TaskPriorities.Low, Status = TaskStatuses.InProgress, BuildiumTaskId = 63002 };
            var entry = new TaskHistory { Status = TaskStatuses.InProgress, AssignedTo = "77", Notes = "Plumber booked", BuildiumHistoryId = 64001 };
            entry.Files.Add(new TaskHistoryFile { FileName = "invoice.pdf", FileType = "application/pdf", FileSize = 2048, FileUrl = "https://files.example.com/invoice.pdf", BuildiumFileId = 65001 });
            entry.Files.Add(new TaskHistoryFile { FileName = "trick.html", FileType = "text/html", FileSize = 10, FileUrl = "javascript:alert(1)", BuildiumFileId = 65002 });
            task.History.Add(entry);
            db.Tasks.Add(task);
            await db.SaveChangesAsync();
            id = task.Id;
        }

        var html = await _client.GetStringAsync(new Uri($"/Tasks/Details/{id}", UriKind.Relative));

        html.ShouldContain("Plumber booked");
        html.ShouldContain("href=\"https://files.example.com/invoice.pdf\"");
        html.ShouldContain("invoice.pdf");
        html.ShouldContain("application/pdf");
        html.ShouldContain("2.0 KB");
        html.ShouldContain("trick.html");
        html.ShouldNotContain("javascript:alert");
        html.ShouldNotContain("<script>alert");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public async Task An_unknown_task_is_a_404()
    {
        (await _client.GetAsync(new Uri($"/Tasks/Details/{Guid.NewGuid()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.GetAsync(new Uri($"/Tasks/Edit/{Guid.NewGuid()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Dictionary<string, string> Form(string subject, string description, string priority = "High") => new()
    {
        ["Input.Subject"] = subject,
        ["Input.Description"] = description,
        ["Input.Priority"] = priority,
        ["Input.Status"] = TaskStatuses.New,
        ["Input.EstimatedCost"] = "120.50",
        ["Input.ScheduledDate"] = "2025-06-01",
    };
}
