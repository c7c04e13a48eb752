using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>The Owners area over real HTTP: list and export (tax ids masked), the form, create, edit, ownership shares.</summary>
public sealed class OwnerPagesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _propertyId;
    private Guid _secondPropertyId;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _client = await _factory.CreateSignedInClientAsync();
        await using var db = database.CreateContext();
        // One class fixture database for all tests of the class: the properties are made once.
        var existing = await db.Properties.Where(p => p.Name!.StartsWith("Owner Tests ")).OrderBy(p => p.Name).ToListAsync();
        if (existing.Count == 2)
        {
            (_propertyId, _secondPropertyId) = (existing[0].Id, existing[1].Id);
            return;
        }

        var first = new Property { Name = "Owner Tests Alpha", BuildiumPropertyId = 9200, IsActive = true };
        var second = new Property { Name = "Owner Tests Beta", BuildiumPropertyId = 9201, IsActive = true };
        db.Properties.AddRange(first, second);
        await db.SaveChangesAsync();
        (_propertyId, _secondPropertyId) = (first.Id, second.Id);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>The one place the client is made, so a signed-in client can replace it.</summary>

    [Fact]
    public async Task The_list_filters_by_kind_and_status_exports_those_rows_and_masks_tax_ids_everywhere()
    {
        var tag = Tag();
        await using (var db = database.CreateContext())
        {
            db.Owners.AddRange(
                new Owner { IsCompany = true, CompanyName = $"{tag} Holdings", IsActive = true, TaxPayerId = "98-7654321", TaxId = "98-7654321", BuildiumOwnerId = Next() },
                new Owner { IsCompany = true, CompanyName = $"{tag} Dormant", IsActive = false, BuildiumOwnerId = Next() },
                new Owner { FirstName = "Ann", LastName = $"{tag} Person", IsActive = true, Email = $"ann.{tag}@example.com", BuildiumOwnerId = Next() });
            await db.SaveChangesAsync();
        }

        var query = $"q={tag}&kind=company&status=Active";
        var html = await _client.GetStringAsync(new Uri($"/Owners?{query}", UriKind.Relative));
        html.ShouldContain($"{tag} Holdings");
        html.ShouldNotContain($"{tag} Dormant", Case.Sensitive, "inactive is filtered out");
        html.ShouldNotContain($"{tag} Person", Case.Sensitive, "people are filtered out");
        html.ShouldContain("4321");
        html.ShouldNotContain("7654321");
        var byEmail = await _client.GetStringAsync(new Uri($"/Owners?q=ann.{tag}", UriKind.Relative));
        byEmail.ShouldContain($"{tag} Person");

        var csv = await (await _client.GetAsync(new Uri($"/Owners?handler=Csv&{query}", UriKind.Relative))).Content.ReadAsStringAsync();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Name,Kind,Email");
        lines.Length.ShouldBe(2, "header plus the one row the filters select");
        lines[1].ShouldStartWith($"{tag} Holdings,Company,");
        lines[1].ShouldContain("•••• 4321");
        csv.ShouldNotContain("7654321");
    }

    [Fact]
    public async Task A_failed_post_shows_messages_at_the_fields_keeps_what_was_typed_and_stores_nothing()
    {
        var tag = Tag();
        var form = PersonForm(first: $"<i>{tag}</i>", last: "");
        form["Input.Email"] = "not-an-email";
        form["Input.DateOfBirth"] = DateTime.Today.AddDays(3).ToString("yyyy-MM-dd");
        form["Input.ManagementAgreementStartDate"] = "2025-06-01";
        form["Input.ManagementAgreementEndDate"] = "2025-05-01";
        form["Input.TaxPayerId"] = "123-45-6789";
        var response = await _client.SubmitAsync("/Owners/Create", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Enter the owner&#x27;s last name.");
        html.ShouldContain("Enter an email address like name@example.com.");
        html.ShouldContain("The date of birth cannot be in the future.");
        html.ShouldContain("The agreement cannot end before it starts.");
        html.ShouldContain($"value=\"&lt;i&gt;{tag}&lt;/i&gt;\"", Case.Sensitive, "the typed name comes back, encoded");
        html.ShouldNotContain("6789", Case.Sensitive, "a typed tax id is never echoed back");
        await using var db = database.CreateContext();
        (await db.Owners.AnyAsync(o => o.FirstName!.Contains(tag))).ShouldBeFalse();

        var company = await _client.SubmitAsync("/Owners/Create", new Dictionary<string, string> { ["Input.IsCompany"] = "true", ["PropertyId"] = _propertyId.ToString() });
        (await company.Content.ReadAsStringAsync()).ShouldContain("Enter the company&#x27;s name.");
    }

    [Fact]
    public async Task Creating_an_owner_stores_it_with_its_first_property_queues_it_and_shows_the_tax_id_masked()
    {
        var tag = Tag();
        var form = PersonForm(first: "Bea", last: tag);
        form["Input.TaxPayerType"] = "SSN";
        form["Input.TaxPayerId"] = "123-45-6789";
        var response = await _client.SubmitAsync("/Owners/Create", form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        Guid id;
        await using (var db = database.CreateContext())
        {
            var owner = await db.Owners.Include(o => o.Ownerships).SingleAsync(o => o.LastName == tag);
            id = owner.Id;
            owner.TaxPayerId.ShouldBe("123-45-6789");
            owner.IsCompany.ShouldBe(false);
            var share = owner.Ownerships.ShouldHaveSingleItem();
            share.PropertyId.ShouldBe(_propertyId);
            share.OwnershipPercentage.ShouldBe(100m);
            response.Headers.Location!.ToString().ShouldBe($"/Owners/Details/{id}#ownership");
            (await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.Owner && s.EntityId == id)).SyncStatus.ShouldBe(SyncStates.Pending);
        }

        var details = await _client.GetStringAsync(new Uri($"/Owners/Details/{id}", UriKind.Relative));
        details.ShouldContain("Owner Tests Alpha");
        details.ShouldContain(" 6789");
        details.ShouldNotContain("123-45-6789");
        details.ShouldNotContain("45-6789");
        var edit = await _client.GetStringAsync(new Uri($"/Owners/Edit/{id}", UriKind.Relative));
        edit.ShouldNotContain("45-6789", Case.Sensitive, "the tax id input is write-only");
        edit.ShouldContain("Leave empty to keep it.");
    }

    [Fact]
    public async Task Editing_keeps_the_stored_tax_id_when_left_empty_and_queues_the_push()
    {
        var tag = Tag();
        Guid id;
        await using (var db = database.CreateContext())
        {
            var owner = new Owner { FirstName = "Cy", LastName = tag, TaxPayerId = "111-22-3333", TaxId = "111-22-3333", TaxPayerType = "SSN", BuildiumOwnerId = Next(), IsActive = true };
            db.Owners.Add(owner);
            await db.SaveChangesAsync();
            id = owner.Id;
            await db.SyncStatuses.Where(s => s.EntityId == id).ExecuteDeleteAsync();
        }

        var form = PersonForm(first: "Cyrus", last: tag);
        form["Input.TaxPayerType"] = "SSN";
        var response = await _client.SubmitAsync($"/Owners/Edit/{id}", form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        await using (var db = database.CreateContext())
        {
            var owner = await db.Owners.SingleAsync(o => o.Id == id);
            owner.FirstName.ShouldBe("Cyrus");
            owner.TaxPayerId.ShouldBe("111-22-3333");
            (await db.SyncStatuses.SingleAsync(s => s.EntityId == id)).SyncStatus.ShouldBe(SyncStates.Pending);
        }

        // Buildium takes tax data only on create: a new id for an owner it has is a form message, not a 500.
        form["Input.TaxPayerId"] = "999-88-7777";
        var refused = await _client.SubmitAsync($"/Owners/Edit/{id}", form);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("cannot be changed after it is created in Buildium");
    }

    [Fact]
    public async Task An_ownership_share_is_edited_added_and_removed_in_place()
    {
        var tag = Tag();
        Guid id;
        Guid shareId;
        await using (var db = database.CreateContext())
        {
            var owner = new Owner { IsCompany = true, CompanyName = $"{tag} LLC", BuildiumOwnerId = Next(), IsActive = true, Comment = "<script>alert('owner')</script>" };
            var share = new Ownership { Owner = owner, PropertyId = _secondPropertyId, OwnershipPercentage = 50, DisbursementPercentage = 50 };
            db.AddRange(owner, share);
            await db.SaveChangesAsync();
            (id, shareId) = (owner.Id, share.Id);
        }

        var page = $"/Owners/Details/{id}";
        var html = await _client.GetStringAsync(new Uri(page, UriKind.Relative));
        html.ShouldContain("id=\"ownership\"");
        html.ShouldContain("Owner Tests Beta");
        html.ShouldContain("&lt;script&gt;alert(&#x27;owner&#x27;)&lt;/script&gt;");
        html.ShouldNotContain("<script>alert('owner')");

        var saved = await _client.SubmitAsync(page, Share(shareId, "62.5", "40.25", primary: true), $"{page}?handler=Share");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.ToString().ShouldBe($"{page}#ownership");

        var invalid = await _client.SubmitAsync(page, Share(shareId, "150", "10.123"), $"{page}?handler=Share");
        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        invalidHtml.ShouldContain("Enter a percentage from 0 to 100.");
        invalidHtml.ShouldContain("Use at most 2 decimals.");
        invalidHtml.ShouldContain("value=\"150\"", Case.Sensitive, "the typed value stays in its row");

        await using (var db = database.CreateContext())
        {
            var share = await db.Ownerships.SingleAsync(o => o.Id == shareId);
            share.OwnershipPercentage.ShouldBe(62.5m);
            share.DisbursementPercentage.ShouldBe(40.25m);
            share.Primary.ShouldBe(true);
        }

        var added = await _client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Share.PropertyId"] = _propertyId.ToString(),
            ["Share.OwnershipPercentage"] = "25",
            ["Share.DisbursementPercentage"] = "25",
        }, $"{page}?handler=AddShare");
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync());
        Guid addedId;
        await using (var db = database.CreateContext())
        {
            addedId = (await db.Ownerships.SingleAsync(o => o.OwnerId == id && o.PropertyId == _propertyId)).Id;
        }

        var removed = await _client.SubmitAsync(page, new Dictionary<string, string>(), $"{page}?handler=RemoveShare&shareId={addedId}");
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = database.CreateContext())
        {
            (await db.Ownerships.CountAsync(o => o.OwnerId == id)).ShouldBe(1);
            // Issue 13: the removed share's cache row goes with it (the property page reads the cache).
            (await db.PropertyOwnershipsCache.CountAsync(c => c.OwnershipId == addedId)).ShouldBe(0);
            (await db.PropertyOwnershipsCache.CountAsync(c => c.OwnerId == id)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task The_shares_of_a_property_cannot_total_more_than_100_percent()
    {
        var tag = Tag();
        Guid id;
        Guid shareId;
        await using (var db = database.CreateContext())
        {
            var property = new Property { Name = $"{tag} Shared", IsActive = true, BuildiumPropertyId = Next() };
            var other = new Owner { CompanyName = $"{tag} Other", IsCompany = true, BuildiumOwnerId = Next() };
            var owner = new Owner { CompanyName = $"{tag} Mine", IsCompany = true, BuildiumOwnerId = Next() };
            var share = new Ownership { Owner = owner, Property = property, OwnershipPercentage = 30, DisbursementPercentage = 30 };
            db.AddRange(property, other, owner, share, new Ownership { Owner = other, Property = property, OwnershipPercentage = 70, DisbursementPercentage = 70 });
            await db.SaveChangesAsync();
            (id, shareId) = (owner.Id, share.Id);
        }

        var page = $"/Owners/Details/{id}";
        var response = await _client.SubmitAsync(page, Share(shareId, "40", "40"), $"{page}?handler=Share");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Other owners hold 70% of this property; this share can be at most 30%.");
        await using var check = database.CreateContext();
        (await check.Ownerships.SingleAsync(o => o.Id == shareId)).OwnershipPercentage.ShouldBe(30m);
    }

    [Fact]
    public async Task Details_of_an_unknown_owner_is_a_404_page()
    {
        var response = await _client.GetAsync(new Uri($"/Owners/Details/{Guid.NewGuid()}", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string Tag() => "O" + Guid.NewGuid().ToString("N")[..8];

    private static int Next() => Random.Shared.Next(1_000_000, int.MaxValue);

    private static Dictionary<string, string> Share(Guid shareId, string ownership, string disbursement, bool primary = false)
    {
        var fields = new Dictionary<string, string>
        {
            ["Share.OwnershipId"] = shareId.ToString(),
            ["Share.OwnershipPercentage"] = ownership,
            ["Share.DisbursementPercentage"] = disbursement,
        };
        if (primary)
        {
            fields["Share.Primary"] = "true";
        }

        return fields;
    }

    private Dictionary<string, string> PersonForm(string first, string last) => new()
    {
        ["Input.FirstName"] = first,
        ["Input.LastName"] = last,
        ["Input.Email"] = "owner@example.com",
        ["Input.Country"] = "UnitedStates",
        ["PropertyId"] = _propertyId.ToString(),
    };
}
