using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Units;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>The Properties area over real HTTP: list filters and export, the form's validation, create, edit, deactivate.</summary>
public sealed class PropertyPagesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _bankAccountId;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _client = await _factory.CreateSignedInClientAsync();
        await using var db = database.CreateContext();
        // One class fixture database for all tests of the class: the bank account is made once.
        if (await db.BankAccounts.FirstOrDefaultAsync(b => b.BuildiumBankId == 20) is { } existing)
        {
            _bankAccountId = existing.Id;
            return;
        }

        var gl = new GlAccount { Name = "Operating cash", BuildiumGlAccountId = 10, Type = GlAccountTypes.Asset };
        var bank = new BankAccount { Name = "Operating", BuildiumBankId = 20, GlAccount = gl, IsActive = true };
        db.AddRange(gl, bank);
        await db.SaveChangesAsync();
        _bankAccountId = bank.Id;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task A_failed_post_shows_messages_at_the_fields_and_keeps_what_was_typed()
    {
        var response = await _client.SubmitAsync("/Properties/Create", Form(name: "Lakeside <b>Lofts</b>", line1: "", postalCode: new string('9', 21)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Enter the first address line; Buildium requires it.");
        html.ShouldContain("must be 20 characters or fewer");
        html.ShouldContain("value=\"Lakeside &lt;b&gt;Lofts&lt;/b&gt;\"", Case.Sensitive, "the typed name comes back, encoded");
        await using var db = database.CreateContext();
        (await db.Properties.AnyAsync(p => p.Name == "Lakeside <b>Lofts</b>")).ShouldBeFalse();
    }

    [Fact]
    public async Task Creating_a_property_saves_it_and_queues_it_for_Buildium_in_the_same_save()
    {
        var response = await _client.SubmitAsync("/Properties/Create", Form(name: "Cedar Point"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        await using var db = database.CreateContext();
        var property = await db.Properties.SingleAsync(p => p.Name == "Cedar Point");
        property.AddressLine1.ShouldBe("1 Cedar Way");
        property.OperatingBankAccountId.ShouldBe(_bankAccountId);
        property.RentalSubType.ShouldBe("MultiFamily");
        property.IsActive.ShouldBe(true);
        response.Headers.Location!.ToString().ShouldBe($"/Properties/Details/{property.Id}");
        var outbox = await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.Property && s.EntityId == property.Id);
        outbox.SyncStatus.ShouldBe(SyncStates.Pending);

        var details = await _client.GetStringAsync(response.Headers.Location);
        details.ShouldContain("Pending push");
        details.ShouldContain("goes to Buildium with the next sync");
    }

    [Fact]
    public async Task Editing_and_deactivating_change_the_row_and_queue_the_push()
    {
        Guid id;
        await using (var db = database.CreateContext())
        {
            var property = new Property { Name = "Birch Hall", AddressLine1 = "2 Birch St", PostalCode = "97000", Country = "UnitedStates", RentalSubType = "SingleFamily", OperatingBankAccountId = _bankAccountId, BuildiumPropertyId = 777, IsActive = true };
            db.Properties.Add(property);
            await db.SaveChangesAsync();
            id = property.Id;
            await db.SyncStatuses.Where(s => s.EntityId == id).ExecuteDeleteAsync();
        }

        var edit = await _client.SubmitAsync($"/Properties/Edit/{id}", Form(name: "Birch Hall East", line1: "2 Birch Street", type: "SingleFamily"));
        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var deactivate = await _client.SubmitAsync($"/Properties/Details/{id}", new Dictionary<string, string>(), $"/Properties/Details/{id}?handler=Deactivate");
        deactivate.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using (var db = database.CreateContext())
        {
            var property = await db.Properties.SingleAsync(p => p.Id == id);
            property.Name.ShouldBe("Birch Hall East");
            property.AddressLine1.ShouldBe("2 Birch Street");
            property.IsActive.ShouldBe(false);
            property.Status.ShouldBe(PropertyStatuses.Inactive);
            var outbox = await db.SyncStatuses.SingleAsync(s => s.EntityId == id);
            outbox.SyncStatus.ShouldBe(SyncStates.Pending);
            outbox.BuildiumId.ShouldBe(777);
        }
    }

    [Fact]
    public async Task The_list_filters_sorts_pages_and_exports_exactly_what_it_shows()
    {
        await using (var db = database.CreateContext())
        {
            for (var i = 1; i <= 30; i++)
            {
                var property = new Property { Name = $"Filter Test {i:00}", City = i % 2 == 0 ? "Even City" : "Odd Town", RentalSubType = i <= 20 ? "Office" : "Retail", IsActive = i != 3, BuildiumPropertyId = 5000 + i };
                property.Units.Add(new Unit { UnitNumber = "A" });
                db.Properties.Add(property);
            }

            await db.SaveChangesAsync();
        }

        var page1 = await _client.GetStringAsync(new Uri("/Properties?q=filter+test&type=Office&status=Active&sort=name&desc=true", UriKind.Relative));
        page1.ShouldContain("Filter Test 20");
        page1.ShouldNotContain("Filter Test 21", Case.Sensitive, "Retail is filtered out");
        page1.ShouldNotContain("Filter Test 03", Case.Sensitive, "inactive is filtered out");
        page1.IndexOf("Filter Test 20", StringComparison.Ordinal).ShouldBeLessThan(page1.IndexOf("Filter Test 19", StringComparison.Ordinal), "descending by name");
        page1.ShouldContain("1–19 of 19");
        page1.ShouldContain("type=Office", Case.Sensitive, "paging and sort links keep the filters");

        var paged = await _client.GetStringAsync(new Uri("/Properties?q=filter+test&sort=name&pageSize=25&p=2", UriKind.Relative));
        paged.ShouldContain("26–30 of 30");
        paged.ShouldContain("Filter Test 26");
        paged.ShouldNotContain("Filter Test 25");

        var csv = await _client.GetAsync(new Uri("/Properties?handler=Csv&q=filter+test&type=Office&status=Active&sort=name", UriKind.Relative));
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.Headers.CacheControl!.NoStore.ShouldBeTrue("no cache keeps a copy of an exported list");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Name,Address,City");
        lines.Length.ShouldBe(20, "header plus the 19 rows the filters select, on every page");
        lines[1].ShouldStartWith("Filter Test 01,");
    }

    [Fact]
    public async Task A_cell_that_looks_like_a_formula_is_escaped_in_the_export()
    {
        await using (var db = database.CreateContext())
        {
            db.Properties.Add(new Property { Name = "=HYPERLINK(\"http://evil\")", City = "Formula" });
            await db.SaveChangesAsync();
        }

        var csv = await _client.GetStringAsync(new Uri("/Properties?handler=Csv&q=HYPERLINK", UriKind.Relative));

        csv.ShouldNotContain("\n=HYPERLINK");
        csv.ShouldContain("'=HYPERLINK");
    }

    [Fact]
    public async Task Details_of_an_unknown_property_is_a_404_page()
    {
        var response = await _client.GetAsync(new Uri($"/Properties/Details/{Guid.NewGuid()}", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private Dictionary<string, string> Form(string name, string line1 = "1 Cedar Way", string postalCode = "97201", string type = "MultiFamily") => new()
    {
        ["Input.Name"] = name,
        ["Input.RentalSubType"] = type,
        ["Input.AddressLine1"] = line1,
        ["Input.City"] = "Portland",
        ["Input.State"] = "OR",
        ["Input.PostalCode"] = postalCode,
        ["Input.Country"] = "UnitedStates",
        ["Input.OperatingBankAccountId"] = _bankAccountId.ToString(),
        ["Input.Reserve"] = "250.00",
    };
}
