using System.Net;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Bills;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>Bill categories are Buildium GL accounts: listed and exported, never written here.</summary>
public sealed class BillCategoryPagesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
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
    public async Task The_list_is_read_only_searches_and_exports_exactly_what_it_shows()
    {
        await using (var db = database.CreateContext())
        {
            db.BillCategories.AddRange(
                new BillCategory { Name = "Utilities <b>water</b>", BuildiumCategoryId = 98001 },
                new BillCategory { Name = "Utilities power", BuildiumCategoryId = 98002 },
                new BillCategory { Name = "Insurance", BuildiumCategoryId = 98003 });
            db.Bills.Add(new Bill { Description = "Water bill", CategoryId = 98001, Amount = 10m });
            await db.SaveChangesAsync();
        }

        var html = await _client.GetStringAsync(new Uri("/BillCategories?q=utilities&sort=name", UriKind.Relative));

        html.ShouldContain("Read-only here: bill categories are GL accounts in Buildium");
        html.ShouldContain("Utilities &lt;b&gt;water&lt;/b&gt;");
        html.ShouldNotContain("Insurance");
        html.ShouldNotContain("New category");
        var lines = (await _client.GetStringAsync(new Uri("/BillCategories?handler=Csv&q=utilities&sort=name", UriKind.Relative))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines[1].ShouldStartWith("Utilities <b>water</b>,,1,Active,98001");
        (await _client.GetAsync(new Uri("/BillCategories/Create", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
