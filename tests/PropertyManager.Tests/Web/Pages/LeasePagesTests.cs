using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Units;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>The Leases area over real HTTP: list filters and export, details, edit of what Buildium takes.</summary>
public sealed class LeasePagesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
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

    /// <summary>The one place the client is made, so a signed-in client can replace it.</summary>

    [Fact]
    public async Task The_list_filters_by_status_property_ending_and_dates_and_exports_exactly_those_rows()
    {
        var tag = Tag();
        var today = DateTime.Today;
        var (property, unit) = await PropertyWithUnitAsync(tag);
        long soon, later, past;
        await using (var db = database.CreateContext())
        {
            var other = new Property { Name = $"{tag} Elsewhere", IsActive = true };
            var leases = new[]
            {
                new Lease { PropertyId = property, UnitId = unit, Status = LeaseStatuses.Active, StartDate = today.AddYears(-1), EndDate = today.AddDays(20), Notes = $"{tag} soon", BuildiumLeaseId = Next() },
                new Lease { PropertyId = property, UnitId = unit, Status = LeaseStatuses.Active, StartDate = today.AddMonths(-6), EndDate = today.AddDays(80), Notes = $"{tag} later", BuildiumLeaseId = Next() },
                new Lease { PropertyId = property, UnitId = unit, Status = LeaseStatuses.Past, StartDate = today.AddYears(-3), EndDate = today.AddYears(-2), Notes = $"{tag} past", BuildiumLeaseId = Next() },
                new Lease { Property = other, Status = LeaseStatuses.Active, StartDate = today.AddYears(-1), EndDate = today.AddDays(10), Notes = $"{tag} other", BuildiumLeaseId = Next() },
            };
            db.Leases.AddRange(leases);
            await db.SaveChangesAsync();
            (soon, later, past) = (leases[0].Id, leases[1].Id, leases[2].Id);
        }

        var query = $"q={tag}&status=Active&propertyId={property}&ending=30";
        var html = await _client.GetStringAsync(new Uri($"/Leases?{query}", UriKind.Relative));
        html.ShouldContain($"/Leases/Details/{soon}\"");
        html.ShouldNotContain($"/Leases/Details/{later}\"", Case.Sensitive, "ends in 80 days");
        html.ShouldNotContain($"/Leases/Details/{past}\"", Case.Sensitive, "past");
        html.ShouldContain("1–1 of 1");
        html.ShouldContain("href=\"/Leases/Create\"");

        var ninety = await _client.GetStringAsync(new Uri($"/Leases?q={tag}&propertyId={property}&ending=90", UriKind.Relative));
        ninety.ShouldContain($"/Leases/Details/{later}\"");
        var range = await _client.GetStringAsync(new Uri($"/Leases?q={tag}&to={today.AddYears(-1):yyyy-MM-dd}", UriKind.Relative));
        range.ShouldContain($"/Leases/Details/{past}\"");
        range.ShouldNotContain($"/Leases/Details/{soon}\"");
        var from = await _client.GetStringAsync(new Uri($"/Leases?q={tag}&from={today.AddMonths(-7):yyyy-MM-dd}", UriKind.Relative));
        from.ShouldContain($"/Leases/Details/{later}\"");
        from.ShouldNotContain($"/Leases/Details/{soon}\"");

        var csv = await (await _client.GetAsync(new Uri($"/Leases?handler=Csv&{query}", UriKind.Relative))).Content.ReadAsStringAsync();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Lease,Property,Unit,Start,End,Status");
        lines.Length.ShouldBe(2);
        lines[1].ShouldStartWith($"{soon},{tag} Court,{tag}-1,{today.AddYears(-1):yyyy-MM-dd},{today.AddDays(20):yyyy-MM-dd},Active");
    }

    [Fact]
    public async Task Details_show_the_property_unit_deposit_notes_encoded_and_the_sync_state()
    {
        var tag = Tag();
        var (property, unit) = await PropertyWithUnitAsync(tag);
        long id;
        await using (var db = database.CreateContext())
        {
            var lease = new Lease { PropertyId = property, UnitId = unit, Status = LeaseStatuses.Active, StartDate = new DateTime(2025, 2, 1), DepositAmt = 1234.5m, Notes = "<script>alert('lease')</script>", BuildiumLeaseId = Next() };
            db.Leases.Add(lease);
            await db.SaveChangesAsync();
            id = lease.Id;
            await db.SyncStatuses.Where(s => s.EntityId == SyncEntityIds.FromLeaseId(id)).ExecuteDeleteAsync();
        }

        var html = await _client.GetStringAsync(new Uri($"/Leases/Details/{id}", UriKind.Relative));

        html.ShouldContain($"{tag} Court");
        html.ShouldContain($"{tag}-1");
        html.ShouldContain("1,234.50");
        html.ShouldContain("Synced");
        html.ShouldContain("&lt;script&gt;alert(&#x27;lease&#x27;)&lt;/script&gt;");
        html.ShouldNotContain("<script>alert('lease')");
    }

    [Fact]
    public async Task Editing_saves_dates_and_notes_and_queues_the_push_and_a_failed_post_keeps_the_input()
    {
        var tag = Tag();
        var (property, unit) = await PropertyWithUnitAsync(tag);
        long id;
        await using (var db = database.CreateContext())
        {
            var lease = new Lease { PropertyId = property, UnitId = unit, Status = LeaseStatuses.Active, StartDate = new DateTime(2025, 1, 1), EndDate = new DateTime(2025, 12, 31), BuildiumLeaseId = Next() };
            db.Leases.Add(lease);
            await db.SaveChangesAsync();
            id = lease.Id;
            await db.SyncStatuses.Where(s => s.EntityId == SyncEntityIds.FromLeaseId(id)).ExecuteDeleteAsync();
        }

        var invalid = await _client.SubmitAsync($"/Leases/Edit/{id}", Form(unit, "2025-06-01", "2025-05-01", $"typed {tag}"));
        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        invalidHtml.ShouldContain("The lease cannot end before it starts.");
        invalidHtml.ShouldContain($"typed {tag}");
        await using (var db = database.CreateContext())
        {
            (await db.Leases.SingleAsync(l => l.Id == id)).Notes.ShouldBeNull();
        }

        var saved = await _client.SubmitAsync($"/Leases/Edit/{id}", Form(unit, "2025-01-15", "2026-01-14", $"renewed {tag}"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        await using (var db = database.CreateContext())
        {
            var lease = await db.Leases.SingleAsync(l => l.Id == id);
            lease.StartDate.ShouldBe(new DateTime(2025, 1, 15));
            lease.EndDate.ShouldBe(new DateTime(2026, 1, 14));
            lease.Notes.ShouldBe($"renewed {tag}");
            (await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.Lease && s.EntityId == SyncEntityIds.FromLeaseId(id))).SyncStatus.ShouldBe(SyncStates.Pending);
        }
    }

    [Fact]
    public async Task Details_of_an_unknown_lease_and_a_payment_on_it_are_404_pages()
    {
        (await _client.GetAsync(new Uri("/Leases/Details/987654321", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.GetAsync(new Uri("/Leases/RecordPayment/987654321", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<(Guid Property, Guid Unit)> PropertyWithUnitAsync(string tag)
    {
        await using var db = database.CreateContext();
        var property = new Property { Name = $"{tag} Court", IsActive = true, BuildiumPropertyId = Next() };
        var unit = new Unit { Property = property, UnitNumber = $"{tag}-1", BuildiumUnitId = Next() };
        db.AddRange(property, unit);
        await db.SaveChangesAsync();
        return (property.Id, unit.Id);
    }

    private static string Tag() => "L" + Guid.NewGuid().ToString("N")[..8];

    private static int Next() => Random.Shared.Next(1_000_000, int.MaxValue);

    private static Dictionary<string, string> Form(Guid unit, string start, string end, string notes) => new()
    {
        ["Input.UnitId"] = unit.ToString(),
        ["Input.StartDate"] = start,
        ["Input.EndDate"] = end,
        ["Input.Notes"] = notes,
    };
}
