using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>
/// No N+1: a list page runs the same number of SQL commands for 25 rows as for 100, and only a few, whatever the
/// area. 150 related rows per entity are seeded with set-based SQL (SampleRows), so every page has more than 100 to show.
/// </summary>
public sealed class ListQueryCountTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    /// <summary>
    /// Count, rows, the filters' choices (vendors, properties, categories) and the signed-in user's security stamp
    /// check, which the tests run on every request; never one per row.
    /// </summary>
    private const int MaxCommandsPerPage = 12;


    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        // The webhook processor polls its table in the background; its queries are not the page's.
        _factory = new WebAppFactory(database.ConnectionString, new Dictionary<string, string?> { ["Webhooks:ProcessorEnabled"] = "false" });
        _factory.StartServer();
        // An admin sees every list, the sync console's included.
        _client = await _factory.CreateSignedInClientAsync(Roles.Admin);
        await using var db = database.CreateContext();
        if (!await db.Properties.AnyAsync())
        {
            await database.ExecuteSqlAsync(SampleRows.Sql);
        }
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    public static TheoryData<string> ListPages => new()
    {
        "/Properties", "/Units", "/Owners", "/Leases", "/BankAccounts", "/GlAccounts", "/Vendors", "/VendorCategories",
        "/Bills", "/BillCategories", "/Tasks", "/TaskCategories", "/WorkOrders", "/Admin/Sync/ApiLog", "/Admin/Sync/Webhooks",
        "/Admin/Sync/Runs",
    };

    [Theory]
    [MemberData(nameof(ListPages))]
    public async Task A_list_page_runs_as_many_queries_for_100_rows_as_for_25(string path)
    {
        using var counter = new SqlCommandCounter(database.Name);

        var small = await CommandsForAsync(counter, $"{path}?pageSize=25");
        var large = await CommandsForAsync(counter, $"{path}?pageSize=100");
        var export = await CommandsForAsync(counter, $"{path}?handler=Csv");

        small.ShouldBeGreaterThanOrEqualTo(2, "count and rows at least: the counter must see the page's queries");
        large.ShouldBe(small, $"{path} with 100 rows ran {large} commands, with 25 ran {small}");
        large.ShouldBeLessThanOrEqualTo(MaxCommandsPerPage);
        export.ShouldBeLessThanOrEqualTo(MaxCommandsPerPage, "the CSV export streams one query, not one per row");
    }

    private async Task<int> CommandsForAsync(SqlCommandCounter counter, string url)
    {
        counter.Reset();
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        body.Length.ShouldBeGreaterThan(1000, $"{url} rendered almost nothing");
        return counter.Count;
    }
}
