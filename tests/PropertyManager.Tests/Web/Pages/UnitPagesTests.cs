using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Units;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>The Units area over real HTTP: list filters and export, the form's validation, create, edit, details.</summary>
public sealed class UnitPagesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _propertyId;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _client = await _factory.CreateSignedInClientAsync();
        await using var db = database.CreateContext();
        // One class fixture database for all tests of the class: the property is made once.
        if (await db.Properties.FirstOrDefaultAsync(p => p.Name == "Unit Tests Court") is { } existing)
        {
            _propertyId = existing.Id;
            return;
        }

        var property = new Property { Name = "Unit Tests Court", AddressLine1 = "5 Court St", BuildiumPropertyId = 9100, IsActive = true };
        db.Properties.Add(property);
        await db.SaveChangesAsync();
        _propertyId = property.Id;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>The one place the client is made, so a signed-in client can replace it.</summary>

    [Fact]
    public async Task The_list_filters_by_property_occupancy_and_bedrooms_and_exports_exactly_those_rows()
    {
        var tag = Tag();
        Guid otherPropertyId;
        await using (var db = database.CreateContext())
        {
            var other = new Property { Name = $"Other {tag}", IsActive = true };
            var occupied = new Unit { PropertyId = _propertyId, UnitNumber = $"{tag}-1", UnitBedrooms = "TwoBed", MarketRent = 1200m };
            occupied.Leases.Add(new Lease { PropertyId = _propertyId, Status = LeaseStatuses.Active, StartDate = new DateTime(2025, 1, 1), BuildiumLeaseId = Random.Shared.Next(1_000_000, 2_000_000) });
            var vacantTwoBed = new Unit { PropertyId = _propertyId, UnitNumber = $"{tag}-2", UnitBedrooms = "TwoBed", MarketRent = 1300m };
            var vacantOneBed = new Unit { PropertyId = _propertyId, UnitNumber = $"{tag}-3", UnitBedrooms = "OneBed" };
            var elsewhere = new Unit { Property = other, UnitNumber = $"{tag}-4", UnitBedrooms = "TwoBed" };
            db.AddRange(other, occupied, vacantTwoBed, vacantOneBed, elsewhere);
            await db.SaveChangesAsync();
            otherPropertyId = other.Id;
        }

        var query = $"q={tag}&propertyId={_propertyId}&occupancy=vacant&bedrooms=TwoBed";
        var html = await _client.GetStringAsync(new Uri($"/Units?{query}", UriKind.Relative));
        html.ShouldContain($"{tag}-2");
        html.ShouldNotContain($"{tag}-1", Case.Sensitive, "occupied by an Active lease");
        html.ShouldNotContain($"{tag}-3", Case.Sensitive, "one bedroom");
        html.ShouldNotContain($"{tag}-4", Case.Sensitive, "another property");
        html.ShouldContain(">2 bed<", Case.Sensitive, "bedrooms are shown with readable labels");
        html.ShouldNotContain(">TwoBed<", Case.Sensitive, "never the stored enum name");
        html.ShouldContain("1–1 of 1");

        var occupiedOnly = await _client.GetStringAsync(new Uri($"/Units?q={tag}&occupancy=occupied", UriKind.Relative));
        occupiedOnly.ShouldContain($"{tag}-1");
        occupiedOnly.ShouldNotContain($"{tag}-2");
        var byProperty = await _client.GetStringAsync(new Uri($"/Units?q={tag}&propertyId={otherPropertyId}", UriKind.Relative));
        byProperty.ShouldContain($"{tag}-4");
        byProperty.ShouldNotContain($"{tag}-1");

        var csv = await _client.GetAsync(new Uri($"/Units?handler=Csv&{query}", UriKind.Relative));
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Unit,Property,Address,Bedrooms");
        lines.Length.ShouldBe(2, "header plus the one row the filters select");
        lines[1].ShouldStartWith($"{tag}-2,Unit Tests Court,");
        lines[1].ShouldContain(",2 bed,", Case.Sensitive, "the export uses the same labels as the page");
    }

    [Fact]
    public async Task A_failed_post_shows_messages_at_the_fields_keeps_what_was_typed_and_stores_nothing()
    {
        var tag = Tag();
        var response = await _client.SubmitAsync("/Units/Create", Form(number: "", rent: "-5", description: $"Corner <b>{tag}</b>"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Enter the unit number; Buildium requires it.");
        html.ShouldContain("Market rent cannot be negative.");
        html.ShouldContain($"Corner &lt;b&gt;{tag}&lt;/b&gt;", Case.Sensitive, "the typed description comes back, encoded");
        await using var db = database.CreateContext();
        (await db.Units.AnyAsync(u => u.Description!.Contains(tag))).ShouldBeFalse();

        var cents = await _client.SubmitAsync("/Units/Create", Form(number: $"{tag}-x", rent: "10.555"));
        (await cents.Content.ReadAsStringAsync()).ShouldContain("at most 2 decimals");
    }

    [Fact]
    public async Task Create_starts_in_the_property_from_the_link_saves_the_unit_and_queues_it()
    {
        var form = await _client.GetStringAsync(new Uri($"/Units/Create?propertyId={_propertyId}", UriKind.Relative));
        form.ShouldContain($"<option selected=\"selected\" value=\"{_propertyId}\">Unit Tests Court</option>");

        var tag = Tag();
        var response = await _client.SubmitAsync($"/Units/Create?propertyId={_propertyId}", Form(number: tag, rent: "1450.50"), "/Units/Create");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        await using var db = database.CreateContext();
        var unit = await db.Units.SingleAsync(u => u.UnitNumber == tag);
        unit.PropertyId.ShouldBe(_propertyId);
        unit.MarketRent.ShouldBe(1450.50m);
        unit.UnitBedrooms.ShouldBe("TwoBed");
        unit.UnitBathrooms.ShouldBe("OnePointFiveBath");
        response.Headers.Location!.ToString().ShouldBe($"/Units/Details/{unit.Id}");
        (await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.Unit && s.EntityId == unit.Id)).SyncStatus.ShouldBe(SyncStates.Pending);

        var duplicate = await _client.SubmitAsync("/Units/Create", Form(number: tag, rent: "1"));
        duplicate.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("This property already has a unit with this number.");
    }

    [Fact]
    public async Task Editing_saves_the_unit_and_queues_the_push()
    {
        var tag = Tag();
        Guid id;
        await using (var db = database.CreateContext())
        {
            var unit = new Unit { PropertyId = _propertyId, UnitNumber = tag, BuildiumUnitId = Random.Shared.Next(2_000_000, 3_000_000) };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            id = unit.Id;
            await db.SyncStatuses.Where(s => s.EntityId == id).ExecuteDeleteAsync();
        }

        var response = await _client.SubmitAsync($"/Units/Edit/{id}", Form(number: tag + "B", rent: "999"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        await using (var db = database.CreateContext())
        {
            var unit = await db.Units.SingleAsync(u => u.Id == id);
            unit.UnitNumber.ShouldBe(tag + "B");
            unit.MarketRent.ShouldBe(999m);
            (await db.SyncStatuses.SingleAsync(s => s.EntityId == id)).SyncStatus.ShouldBe(SyncStates.Pending);
        }
    }

    [Fact]
    public async Task Details_show_the_property_leases_bills_tasks_and_encode_stored_markup()
    {
        var tag = Tag();
        Guid id;
        await using (var db = database.CreateContext())
        {
            var unit = new Unit { PropertyId = _propertyId, UnitNumber = tag, Description = "<script>alert('unit')</script>", BuildiumUnitId = Random.Shared.Next(3_000_000, 4_000_000) };
            unit.Leases.Add(new Lease { PropertyId = _propertyId, Status = LeaseStatuses.Active, StartDate = new DateTime(2025, 3, 1), DepositAmt = 777m, BuildiumLeaseId = Random.Shared.Next(4_000_000, 5_000_000) });
            unit.Tasks.Add(new MaintenanceTask { PropertyId = _propertyId, Subject = $"Fix the tap {tag}", Status = TaskStatuses.New });
            unit.Bills.Add(new Bill { PropertyId = _propertyId, Description = $"Plumber {tag}", Amount = 80m });
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            id = unit.Id;
        }

        var html = await _client.GetStringAsync(new Uri($"/Units/Details/{id}", UriKind.Relative));

        html.ShouldContain("Unit Tests Court");
        html.ShouldContain($"Fix the tap {tag}");
        html.ShouldContain($"Plumber {tag}");
        html.ShouldContain("777");
        html.ShouldContain("Occupied");
        html.ShouldContain("&lt;script&gt;alert(&#x27;unit&#x27;)&lt;/script&gt;");
        html.ShouldNotContain("<script>alert('unit')");
    }

    [Fact]
    public async Task Details_of_an_unknown_unit_is_a_404_page()
    {
        var response = await _client.GetAsync(new Uri($"/Units/Details/{Guid.NewGuid()}", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string Tag() => "U" + Guid.NewGuid().ToString("N")[..8];

    private Dictionary<string, string> Form(string number, string rent, string description = "") => new()
    {
        ["Input.PropertyId"] = _propertyId.ToString(),
        ["Input.UnitNumber"] = number,
        ["Input.MarketRent"] = rent,
        ["Input.UnitBedrooms"] = "TwoBed",
        ["Input.UnitBathrooms"] = "OnePointFiveBath",
        // Buildium requires a unit's address (line 1, postal code, country).
        ["Input.AddressLine1"] = "12 Unit St",
        ["Input.PostalCode"] = "97401",
        ["Input.Country"] = "UnitedStates",
        ["Input.Description"] = description,
    };
}
