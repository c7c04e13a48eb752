using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Tasks;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>The task categories over real HTTP: search and export, unique names, create and edit.</summary>
public sealed class TaskCategoryPagesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        // The shared financial records are the accountants' (ADR-014).
        _client = await _factory.CreateSignedInClientAsync(Roles.Accountant);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>The one place the test client is made (a signed-in client once the app requires login).</summary>

    [Fact]
    public async Task The_list_searches_and_exports_exactly_what_it_shows_with_markup_encoded()
    {
        await using (var db = database.CreateContext())
        {
            db.TaskCategories.AddRange(
                new TaskCategory { Name = "Searchable roofing", BuildiumCategoryId = 97001 },
                new TaskCategory { Name = "Searchable <script>x</script>", BuildiumCategoryId = 97002 },
                new TaskCategory { Name = "Other thing", BuildiumCategoryId = 97003 });
            await db.SaveChangesAsync();
        }

        var html = await _client.GetStringAsync(new Uri("/TaskCategories?q=searchable&sort=name", UriKind.Relative));
        html.ShouldContain("Searchable roofing");
        html.ShouldNotContain("Other thing");
        html.ShouldNotContain("<script>x");
        html.ShouldContain("Searchable &lt;script&gt;x&lt;/script&gt;");

        var lines = (await _client.GetStringAsync(new Uri("/TaskCategories?handler=Csv&q=searchable&sort=name", UriKind.Relative))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Name,Description");
        lines.Length.ShouldBe(3);
    }

    [Fact]
    public async Task A_missing_or_taken_name_is_refused_at_the_field_and_stores_nothing()
    {
        await using (var db = database.CreateContext())
        {
            db.TaskCategories.Add(new TaskCategory { Name = "Taken name", BuildiumCategoryId = 97100 });
            await db.SaveChangesAsync();
        }

        var empty = await _client.SubmitAsync("/TaskCategories/Create", new Dictionary<string, string> { ["Input.Name"] = "", ["Input.Description"] = "kept <b>typed</b>" });
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        emptyHtml.ShouldContain("Enter the category&#x27;s name.");
        emptyHtml.ShouldContain("kept &lt;b&gt;typed&lt;/b&gt;");

        var taken = await _client.SubmitAsync("/TaskCategories/Create", new Dictionary<string, string> { ["Input.Name"] = "TAKEN NAME" });
        taken.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await taken.Content.ReadAsStringAsync()).ShouldContain("A category with this name already exists.");

        await using (var db = database.CreateContext())
        {
            (await db.TaskCategories.CountAsync(c => c.Name == "TAKEN NAME" || c.Description == "kept <b>typed</b>")).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Creating_and_editing_store_the_category_and_queue_it_for_Buildium()
    {
        var create = await _client.SubmitAsync("/TaskCategories/Create", new Dictionary<string, string> { ["Input.Name"] = "Landscaping" });
        create.StatusCode.ShouldBe(HttpStatusCode.Redirect, await create.Content.ReadAsStringAsync());

        Guid id;
        await using (var db = database.CreateContext())
        {
            var category = await db.TaskCategories.SingleAsync(c => c.Name == "Landscaping");
            id = category.Id;
            (await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.TaskCategory && s.EntityId == id)).SyncStatus.ShouldBe(SyncStates.Pending);
        }

        var edit = await _client.SubmitAsync($"/TaskCategories/Edit/{id}", new Dictionary<string, string> { ["Input.Name"] = "Landscaping and snow", ["Input.Description"] = "Seasonal" });
        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect, await edit.Content.ReadAsStringAsync());
        await using (var db = database.CreateContext())
        {
            var category = await db.TaskCategories.SingleAsync(c => c.Id == id);
            category.Name.ShouldBe("Landscaping and snow");
            category.Description.ShouldBe("Seasonal");
        }

        (await _client.GetAsync(new Uri($"/TaskCategories/Edit/{Guid.NewGuid()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
