using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Units;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>The dashboard's figures against rows the test wrote, and the navbar search's groups, states and encoding.</summary>
public sealed class DashboardAndSearchTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _client = await _factory.CreateSignedInClientAsync();
        await SeedAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task The_dashboard_shows_occupancy_leases_ending_and_overdue_bills_as_the_rows_say()
    {
        var html = await _client.GetStringAsync(new Uri("/", UriKind.Relative));

        html.ShouldContain("id=\"occupancy\">75%<", Case.Sensitive, "3 of the 4 active units have an active lease; the inactive unit does not count");
        html.ShouldContain("id=\"active-units\">4<");
        html.ShouldContain("id=\"leases-ending-30\">1<", Case.Sensitive, "the past lease ending in 5 days does not count");
        html.ShouldContain("id=\"leases-ending-60\">2<");
        html.ShouldContain("id=\"leases-ending-90\">2<");
        html.ShouldContain("id=\"overdue-count\">2<");
        html.ShouldContain($"id=\"overdue-total\">{Money(220.50m)}<", Case.Sensitive, "balances of unpaid and partially paid bills past due (200 less 80 paid); not the paid one, not the one due tomorrow");
        html.ShouldContain($"id=\"unpaid-total\">{Money(175.50m)}<");
        html.ShouldContain("href=\"/Leases?ending=30\"");
        html.ShouldContain("href=\"/Bills?overdue=true\"");
        html.ShouldContain("href=\"/Tasks?priority=High&amp;status=open\"");
        html.ShouldContain("<svg", Case.Sensitive, "charts are inline SVG");
        html.ShouldNotContain("<script>");
        html.ShouldNotContain("¤", Case.Sensitive, "money is in the app's culture (US dollars), never the generic currency sign");
    }

    [Fact]
    public async Task Search_finds_an_owner_by_email_and_a_unit_by_number()
    {
        var byEmail = await _client.GetStringAsync(new Uri("/Search?q=MARGOT.LEE%40example", UriKind.Relative));
        byEmail.ShouldContain("Owners");
        byEmail.ShouldContain("Margot Lee");
        byEmail.ShouldContain("/Owners/Details/");

        var byNumber = await _client.GetStringAsync(new Uri("/Search?q=B-17", UriKind.Relative));
        byNumber.ShouldContain("Unit B-17");
        byNumber.ShouldContain("/Units/Details/");
        byNumber.ShouldNotContain("Margot Lee");
    }

    [Fact]
    public async Task Search_encodes_what_was_typed_and_says_when_nothing_matches()
    {
        var empty = await _client.GetStringAsync(new Uri("/Search", UriKind.Relative));
        empty.ShouldContain("Type a name, an address");

        var none = await _client.GetStringAsync(new Uri("/Search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", UriKind.Relative));
        none.ShouldContain("Nothing matches");
        none.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        none.ShouldNotContain("<script>alert(1)");

        var literal = await _client.GetStringAsync(new Uri("/Search?q=%25", UriKind.Relative));
        literal.ShouldContain("Nothing matches", Case.Sensitive, "% is a literal character, not a wildcard");

        var hostile = await _client.GetStringAsync(new Uri("/Search?q=%3Cscript%3E", UriKind.Relative));
        hostile.ShouldContain("Owners", Case.Sensitive, "the owner whose company name holds <script> is found");
        hostile.ShouldContain("&lt;script&gt; Holdings");
        hostile.ShouldNotContain("<script> Holdings");
    }

    private static string Money(decimal amount) => HtmlEncoder.Default.Encode(amount.ToString("C", CultureInfo.GetCultureInfo("en-US")));

    private async Task SeedAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var midnight = today.ToDateTime(TimeOnly.MinValue);
        await using var db = database.CreateContext();
        // One class fixture database for all tests of the class: the rows are written once.
        if (await db.Properties.AnyAsync(p => p.Name == "Dashboard Court"))
        {
            return;
        }

        var property = new Property { Name = "Dashboard Court", AddressLine1 = "5 Metric Way", City = "Figureton" };
        var units = Enumerable.Range(1, 5).Select(i => new Unit { UnitNumber = i == 1 ? "B-17" : $"D-{i}", Property = property, IsActive = i != 5 }).ToList();
        db.Properties.Add(property);
        db.Units.AddRange(units);
        db.Leases.AddRange(
            new Lease { Property = property, Unit = units[0], Status = LeaseStatuses.Active, StartDate = midnight.AddYears(-1), EndDate = midnight.AddDays(10) },
            new Lease { Property = property, Unit = units[1], Status = LeaseStatuses.Active, StartDate = midnight.AddYears(-1), EndDate = midnight.AddDays(45) },
            new Lease { Property = property, Unit = units[2], Status = LeaseStatuses.Active, StartDate = midnight.AddYears(-1), EndDate = midnight.AddDays(200) },
            new Lease { Property = property, Unit = units[3], Status = LeaseStatuses.Past, StartDate = midnight.AddYears(-2), EndDate = midnight.AddDays(5) },
            new Lease { Property = property, Unit = units[4], Status = LeaseStatuses.Active, StartDate = midnight.AddYears(-1), EndDate = midnight.AddDays(400) });
        db.Bills.AddRange(
            new Bill { Property = property, Status = BillStatuses.Unpaid, DueDate = today.AddDays(-1), Amount = 100.50m, Description = "Overdue unpaid" },
            new Bill
            {
                Property = property,
                Status = BillStatuses.PartiallyPaid,
                DueDate = today.AddDays(-10),
                Amount = 200m,
                Description = "Overdue partial",
                Payments = [new BillPayment { Amount = 80m, Date = today.AddDays(-5) }],
            },
            new Bill { Property = property, Status = BillStatuses.Paid, DueDate = today.AddDays(-20), Amount = 50m, Description = "Paid" },
            new Bill { Property = property, Status = BillStatuses.Unpaid, DueDate = today.AddDays(1), Amount = 75m, Description = "Due tomorrow" });
        db.Tasks.AddRange(
            new MaintenanceTask { Property = property, Subject = "Fix the gate", Priority = TaskPriorities.High, Status = TaskStatuses.New },
            new MaintenanceTask { Property = property, Subject = "Paint the hall", Priority = TaskPriorities.Low, Status = TaskStatuses.Completed });
        db.Owners.AddRange(
            new Owner { FirstName = "Margot", LastName = "Lee", Email = "margot.lee@example.com" },
            new Owner { IsCompany = true, CompanyName = "<script> Holdings", Email = "info@holdings.example" });
        await db.SaveChangesAsync();
    }
}
