using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>The Work orders area over real HTTP: filters and export, details, edit with Buildium's read-only fields.</summary>
public sealed class WorkOrderPagesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
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
    public async Task The_list_filters_and_exports_exactly_what_it_shows_and_offers_to_create_one()
    {
        Guid propertyId;
        await using (var db = database.CreateContext())
        {
            var property = new Property { Name = "WO Filter House" };
            db.Properties.Add(property);
            for (var i = 1; i <= 6; i++)
            {
                db.WorkOrders.Add(new WorkOrder
                {
                    Subject = $"WO filter {i}",
                    Property = i <= 4 ? property : null,
                    Priority = i % 2 == 0 ? TaskPriorities.High : TaskPriorities.Normal,
                    Status = i == 2 ? TaskStatuses.Closed : TaskStatuses.InProgress,
                    AssignedTo = i == 4 ? "Sam" : "Alex",
                    ScheduledDate = new DateTimeOffset(2025, 4, i, 0, 0, 0, TimeSpan.Zero),
                    BuildiumWorkOrderId = 66000 + i,
                });
            }

            await db.SaveChangesAsync();
            propertyId = property.Id;
        }

        var query = $"q=wo+filter&priority=High&status=InProgress&propertyId={propertyId}&from=2025-04-01&to=2025-04-04&sort=subject";
        var html = await _client.GetStringAsync(new Uri($"/WorkOrders?{query}", UriKind.Relative));

        html.ShouldContain("WO filter 4");
        html.ShouldNotContain("WO filter 2", Case.Sensitive, "closed");
        html.ShouldNotContain("WO filter 6", Case.Sensitive, "another property");
        html.ShouldContain("1–1 of 1");
        html.ShouldContain("href=\"/WorkOrders/Create\"");
        (await _client.GetStringAsync(new Uri("/WorkOrders?q=wo+filter&assignee=Alex", UriKind.Relative))).ShouldContain("1–5 of 5");

        var lines = (await _client.GetStringAsync(new Uri($"/WorkOrders?handler=Csv&{query}", UriKind.Relative))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Subject,Priority,Status,Property,Assigned to,Due");
        lines.Length.ShouldBe(2);
        lines[1].ShouldStartWith("WO filter 4,High,In progress,WO Filter House,Sam,2025-04-04", Case.Sensitive, "the export uses the labels the page shows");

        (await _client.GetAsync(new Uri("/WorkOrders/Create", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Editing_shows_Buildiums_read_only_fields_as_text_saves_the_rest_and_refuses_a_change_to_them()
    {
        var id = await SyncedAsync("Fix gate", 66100);

        var editPage = await _client.GetStringAsync(new Uri($"/WorkOrders/Edit/{id}", UriKind.Relative));
        editPage.ShouldContain("belong to the work order's task in Buildium");
        editPage.ShouldNotContain("<select id=\"Input_Priority\"");

        var failed = await _client.SubmitAsync($"/WorkOrders/Edit/{id}", Form("", estimated: "-3"));
        failed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var failedHtml = await failed.Content.ReadAsStringAsync();
        failedHtml.ShouldContain("Enter the subject.");
        failedHtml.ShouldContain("The cost cannot be negative.");
        failedHtml.ShouldContain("value=\"-3\"");

        var refused = await _client.SubmitAsync($"/WorkOrders/Edit/{id}", Form("Fix gate", priority: TaskPriorities.Low));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("A work order&#x27;s priority cannot be changed after it is created in Buildium.");

        var saved = await _client.SubmitAsync($"/WorkOrders/Edit/{id}", Form("Fix the side gate <now>", notes: "Call first"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());

        await using (var db = database.CreateContext())
        {
            var workOrder = await db.WorkOrders.SingleAsync(w => w.Id == id);
            workOrder.Subject.ShouldBe("Fix the side gate <now>");
            workOrder.Notes.ShouldBe("Call first");
            workOrder.Priority.ShouldBe(TaskPriorities.High);
            workOrder.EstimatedCost.ShouldBe(80m);
            (await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.WorkOrder && s.EntityId == id)).SyncStatus.ShouldBe(SyncStates.Pending);
        }

        var details = await _client.GetStringAsync(new Uri($"/WorkOrders/Details/{id}", UriKind.Relative));
        details.ShouldContain("Fix the side gate &lt;now&gt;");
        details.ShouldContain("Pending push");
    }

    [Fact]
    public async Task Stored_markup_is_encoded_and_an_unknown_work_order_is_a_404()
    {
        var id = await SyncedAsync("<script>alert(1)</script>", 66200);

        var details = await _client.GetStringAsync(new Uri($"/WorkOrders/Details/{id}", UriKind.Relative));
        details.ShouldNotContain("<script>alert");
        details.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        (await _client.GetAsync(new Uri($"/WorkOrders/Details/{Guid.NewGuid()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.GetAsync(new Uri($"/WorkOrders/Edit/{Guid.NewGuid()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<Guid> SyncedAsync(string subject, int buildiumId)
    {
        await using var db = database.CreateContext();
        var workOrder = new WorkOrder
        {
            Subject = subject,
            Description = "Hinge broken\nLatch loose",
            Priority = TaskPriorities.High,
            Status = TaskStatuses.New,
            ScheduledDate = new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero),
            ActualCost = 45.5m,
            BuildiumWorkOrderId = buildiumId,
        };
        db.WorkOrders.Add(workOrder);
        await db.SaveChangesAsync();
        await db.SyncStatuses.Where(s => s.EntityId == workOrder.Id).ExecuteDeleteAsync();
        return workOrder.Id;
    }

    /// <summary>The form as the Edit page posts it for a synced work order: the read-only fields come back unchanged.</summary>
    private static Dictionary<string, string> Form(string subject, string estimated = "80", string priority = TaskPriorities.High, string notes = "") => new()
    {
        ["Input.Subject"] = subject,
        ["Input.Description"] = "Hinge broken\r\nLatch loose",
        ["Input.Priority"] = priority,
        ["Input.Status"] = TaskStatuses.New,
        ["Input.ScheduledDate"] = "2025-07-01",
        ["Input.ActualCost"] = "45.50",
        ["Input.EstimatedCost"] = estimated,
        ["Input.PropertyId"] = "",
        ["Input.UnitId"] = "",
        ["Input.Notes"] = notes,
    };
}
