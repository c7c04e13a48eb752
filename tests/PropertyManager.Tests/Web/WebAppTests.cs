using System.Net;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Units;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web;

/// <summary>The app serves real pages from the database, over HTTP on Kestrel, to a signed-in manager (health: to anyone).</summary>
public sealed class WebAppTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _client = await _factory.CreateSignedInClientAsync(Roles.Manager);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Health_answers_alive_and_ready_against_a_migrated_database()
    {
        _client.BaseAddress!.Host.ShouldBe("127.0.0.1", "served by Kestrel on loopback, not an in-memory server");
        using var anonymous = _factory.CreateBrowser();

        var live = await anonymous.GetAsync(new Uri("/health", UriKind.Relative));
        live.StatusCode.ShouldBe(HttpStatusCode.OK);

        var ready = await anonymous.GetAsync(new Uri("/health/ready", UriKind.Relative));
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Readiness_fails_when_a_table_disappears()
    {
        var scratch = await database.Server.CreateDatabaseAsync();
        try
        {
            await using var factory = new WebAppFactory(database.Server.ConnectionString(scratch));
            factory.StartServer();
            using var client = factory.CreateBrowser();
            (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

            await using (var connection = new Npgsql.NpgsqlConnection(database.Server.ConnectionString(scratch)))
            {
                await connection.OpenAsync();
                await using var drop = new Npgsql.NpgsqlCommand("DROP TABLE buildium_api_cache", connection);
                await drop.ExecuteNonQueryAsync();
            }

            var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            await database.Server.DropDatabaseAsync(scratch);
        }
    }

    [Fact]
    public async Task Properties_page_lists_searches_and_encodes_what_is_in_the_database()
    {
        await using (var db = database.CreateContext())
        {
            var harbor = new Property { Name = "Harbor View", City = "Portland", State = "Oregon", PostalCode = "97201", Status = PropertyStatuses.Active, BuildiumPropertyId = 9001 };
            harbor.Units.Add(new Unit { UnitNumber = "101" });
            harbor.Units.Add(new Unit { UnitNumber = "102" });
            db.AddRange(harbor, new Property { Name = "Maple <script>alert(1)</script> Court", City = "Salem" });
            await db.SaveChangesAsync();
        }

        var all = await _client.GetStringAsync(new Uri("/Properties", UriKind.Relative));
        all.ShouldContain("Harbor View");
        all.ShouldContain("9001");
        all.ShouldContain("Maple &lt;script&gt;alert(1)&lt;/script&gt; Court");
        all.ShouldNotContain("<script>alert(1)</script>");

        var searched = await _client.GetStringAsync(new Uri("/Properties?q=portland", UriKind.Relative));
        searched.ShouldContain("Harbor View");
        searched.ShouldNotContain("Maple");

        var none = await _client.GetStringAsync(new Uri("/Properties?q=zzz-no-such", UriKind.Relative));
        none.ShouldContain("No property matches");
    }

    [Fact]
    public async Task Every_area_is_in_the_navigation_and_the_dashboard_counts_records()
    {
        // The admin sees every area; the Admin menu is hidden from other roles (AccountTests).
        using var admin = await _factory.CreateSignedInClientAsync(Roles.Admin);
        var html = await admin.GetStringAsync(new Uri("/", UriKind.Relative));
        foreach (var area in new[] { "/Properties", "/Units", "/Owners", "/Leases", "/BankAccounts", "/GlAccounts", "/Vendors", "/VendorCategories", "/Bills", "/BillCategories", "/Tasks", "/TaskCategories", "/WorkOrders", "/Admin/Sync" })
        {
            html.ShouldContain($"href=\"{area}\"");
        }

        html.ShouldContain("/lib/bootstrap/css/bootstrap.min.css");
        html.ShouldContain("Demo mode", Case.Sensitive, "without Buildium keys the app says it syncs with the emulator");
        using var anonymous = _factory.CreateBrowser();
        (await anonymous.GetAsync(new Uri("/lib/bootstrap/css/bootstrap.min.css", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, "static files need no sign-in");
    }

    [Fact]
    public async Task An_unknown_address_gets_a_friendly_404_page()
    {
        var response = await _client.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Page not found");
    }
}
