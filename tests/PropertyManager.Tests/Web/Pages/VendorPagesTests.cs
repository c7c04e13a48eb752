using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Vendors;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>The Vendors area over real HTTP: filters and export, the masked tax id, the form, bills beside the vendor.</summary>
public sealed class VendorPagesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        // The shared financial records are the accountants' (ADR-014).
        _client = await _factory.CreateSignedInClientAsync(Roles.Accountant);
        await using var db = database.CreateContext();
        await PageSeed.CategoriesAsync(db);
        if (!await db.VendorCategories.AnyAsync(c => c.BuildiumCategoryId == 9201))
        {
            db.VendorCategories.Add(new VendorCategory { Name = "Electricians", BuildiumCategoryId = 9201, IsActive = true });
            await db.SaveChangesAsync();
        }
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>The one place the test client is made (a signed-in client once the app requires login).</summary>

    [Fact]
    public async Task The_list_filters_and_exports_exactly_what_it_shows_with_tax_ids_masked()
    {
        await using (var db = database.CreateContext())
        {
            for (var i = 1; i <= 6; i++)
            {
                db.Vendors.Add(new Vendor
                {
                    Name = $"Listed Vendor {i}",
                    Email = $"v{i}@example.com",
                    CategoryId = i <= 4 ? PageSeed.VendorCategoryBuildiumId : 9201,
                    IsActive = i != 2,
                    TaxId = $"98-76543{i:00}",
                    BuildiumVendorId = 82000 + i,
                });
            }

            await db.SaveChangesAsync();
        }

        var html = await _client.GetStringAsync(new Uri($"/Vendors?q=listed+vendor&categoryId={PageSeed.VendorCategoryBuildiumId}&status=Active&sort=name", UriKind.Relative));

        html.ShouldContain("Listed Vendor 1");
        html.ShouldContain("Listed Vendor 4");
        html.ShouldNotContain("Listed Vendor 2", Case.Sensitive, "inactive is filtered out");
        html.ShouldNotContain("Listed Vendor 5", Case.Sensitive, "another category");
        html.ShouldContain("1–3 of 3");
        html.ShouldContain("&#x2022;&#x2022;&#x2022;&#x2022; 4301");
        html.ShouldNotContain("76543");

        var csv = await _client.GetStringAsync(new Uri($"/Vendors?handler=Csv&q=listed+vendor&categoryId={PageSeed.VendorCategoryBuildiumId}&status=Active&sort=name", UriKind.Relative));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Name,Contact,Email,Phone,Category");
        lines.Length.ShouldBe(4, "header plus the three rows the filters select");
        lines[1].ShouldStartWith("Listed Vendor 1,");
        lines[1].ShouldContain("Plumbers");
        csv.ShouldContain("•••• 4301");
        csv.ShouldNotContain("76543", Case.Sensitive, "the tax id never leaves in full");
    }

    [Fact]
    public async Task A_failed_post_shows_field_messages_keeps_what_was_typed_but_not_the_tax_id_and_stores_nothing()
    {
        var form = Form("", email: "not-an-email", taxId: "11-2223333");
        form["Input.ContactName"] = "Jo <b>Smith</b>";

        var response = await _client.SubmitAsync("/Vendors/Create", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Enter the vendor&#x27;s name.");
        html.ShouldContain("Enter an email address such as name@example.com.");
        html.ShouldContain("value=\"not-an-email\"");
        html.ShouldContain("value=\"Jo &lt;b&gt;Smith&lt;/b&gt;\"");
        html.ShouldNotContain("2223333", Case.Sensitive, "a typed tax id is never sent back");
        await using var db = database.CreateContext();
        (await db.Vendors.AnyAsync(v => v.ContactName == "Jo <b>Smith</b>")).ShouldBeFalse();
    }

    [Fact]
    public async Task Creating_and_editing_store_the_vendor_queue_it_and_keep_the_tax_id_when_left_empty()
    {
        var create = await _client.SubmitAsync("/Vendors/Create", Form("Acme Plumbing", taxId: "12-3456789"));

        create.StatusCode.ShouldBe(HttpStatusCode.Redirect, await create.Content.ReadAsStringAsync());
        Guid id;
        await using (var db = database.CreateContext())
        {
            var vendor = await db.Vendors.SingleAsync(v => v.Name == "Acme Plumbing");
            id = vendor.Id;
            vendor.TaxId.ShouldBe("12-3456789");
            vendor.CategoryId.ShouldBe(PageSeed.VendorCategoryBuildiumId);
            vendor.IsActive.ShouldBe(true);
            (await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.Vendor && s.EntityId == id)).SyncStatus.ShouldBe(SyncStates.Pending);
        }

        var editPage = await _client.GetStringAsync(new Uri($"/Vendors/Edit/{id}", UriKind.Relative));
        editPage.ShouldContain("Stored: &#x2022;&#x2022;&#x2022;&#x2022; 6789");
        editPage.ShouldNotContain("3456789");
        var details = await _client.GetStringAsync(new Uri($"/Vendors/Details/{id}", UriKind.Relative));
        details.ShouldContain("&#x2022;&#x2022;&#x2022;&#x2022; 6789");
        details.ShouldNotContain("3456789");

        var edit = await _client.SubmitAsync($"/Vendors/Edit/{id}", Form("Acme Plumbing & Heating", taxId: ""));
        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect, await edit.Content.ReadAsStringAsync());
        await using (var db = database.CreateContext())
        {
            var vendor = await db.Vendors.SingleAsync(v => v.Id == id);
            vendor.Name.ShouldBe("Acme Plumbing & Heating");
            vendor.TaxId.ShouldBe("12-3456789", "an empty tax id on edit keeps the stored one");
        }

        var replace = await _client.SubmitAsync($"/Vendors/Edit/{id}", Form("Acme Plumbing & Heating", taxId: "99-8887777"));
        replace.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = database.CreateContext())
        {
            (await db.Vendors.SingleAsync(v => v.Id == id)).TaxId.ShouldBe("99-8887777");
        }
    }

    [Fact]
    public async Task Details_shows_the_vendors_bills_unpaid_first_with_totals()
    {
        Guid id;
        await using (var db = database.CreateContext())
        {
            var vendor = await PageSeed.VendorAsync(db, "Bills Vendor", 82100);
            id = vendor.Id;
            var paid = new Bill { VendorId = id, Description = "Paid-bill", Amount = 100m, DueDate = new DateOnly(2024, 1, 1), Status = BillStatuses.Paid };
            paid.Payments.Add(new BillPayment { Amount = 100m, Date = new DateOnly(2024, 1, 1) });
            var open = new Bill { VendorId = id, Description = "Open-bill", Amount = 250m, DueDate = new DateOnly(2025, 1, 1), Status = BillStatuses.Unpaid };
            db.Bills.AddRange(paid, open);
            db.Bills.Add(new Bill { Description = "Someone else's bill", Amount = 5m });
            await db.SaveChangesAsync();
        }

        var html = await _client.GetStringAsync(new Uri($"/Vendors/Details/{id}", UriKind.Relative));

        html.IndexOf("Open-bill", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Paid-bill", StringComparison.Ordinal), "unpaid first");
        html.ShouldNotContain("Someone else");
        var totals = html[html.IndexOf("id=\"vendor-bill-totals\"", StringComparison.Ordinal)..];
        totals.ShouldContain(PageSeed.Html(350m.ToString("C", CultureInfo.GetCultureInfo("en-US"))));
        totals.ShouldContain(PageSeed.Html(250m.ToString("C", CultureInfo.GetCultureInfo("en-US"))), Case.Sensitive, "outstanding");
    }

    [Fact]
    public async Task A_local_vendor_can_be_deactivated_but_one_in_Buildium_is_refused_with_a_message()
    {
        Guid local, synced;
        await using (var db = database.CreateContext())
        {
            var vendor = new Vendor { Name = "Local Only", CategoryId = PageSeed.VendorCategoryBuildiumId, IsActive = true };
            db.Vendors.Add(vendor);
            await db.SaveChangesAsync();
            local = vendor.Id;
            synced = (await PageSeed.VendorAsync(db, "From Buildium", 82200)).Id;
        }

        var ok = await _client.SubmitAsync($"/Vendors/Details/{local}", new Dictionary<string, string>(), $"/Vendors/Details/{local}?handler=Deactivate");
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _client.GetStringAsync(new Uri($"/Vendors/Details/{synced}", UriKind.Relative))).ShouldContain("do it in Buildium");

        var refused = await _client.SubmitAsync($"/Vendors/Details/{local}", new Dictionary<string, string>(), $"/Vendors/Details/{synced}?handler=Deactivate");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await _client.GetStringAsync(refused.Headers.Location);
        page.ShouldContain("cannot be changed after it is created in Buildium");

        await using (var db = database.CreateContext())
        {
            (await db.Vendors.SingleAsync(v => v.Id == local)).IsActive.ShouldBe(false);
            (await db.Vendors.SingleAsync(v => v.Id == synced)).IsActive.ShouldBe(true);
        }
    }

    [Fact]
    public async Task Stored_markup_is_encoded_and_an_unknown_vendor_is_a_404()
    {
        Guid id;
        await using (var db = database.CreateContext())
        {
            id = (await PageSeed.VendorAsync(db, "<script>alert('x')</script>", 82300)).Id;
        }

        var details = await _client.GetStringAsync(new Uri($"/Vendors/Details/{id}", UriKind.Relative));
        details.ShouldNotContain("<script>alert");
        details.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
        (await _client.GetAsync(new Uri($"/Vendors/Details/{Guid.NewGuid()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.GetAsync(new Uri($"/Vendors/Edit/{Guid.NewGuid()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Dictionary<string, string> Form(string name, string email = "office@example.com", string taxId = "") => new()
    {
        ["Input.Name"] = name,
        ["Input.CategoryId"] = PageSeed.VendorCategoryBuildiumId.ToString(CultureInfo.InvariantCulture),
        ["Input.ContactName"] = "Pat Doe",
        ["Input.Email"] = email,
        ["Input.PhoneNumber"] = "+1 (503) 555-0100",
        // Once any part of a vendor's address is given, Buildium requires line 1, postal code and country.
        ["Input.AddressLine1"] = "9 Vendor Rd",
        ["Input.City"] = "Portland",
        ["Input.PostalCode"] = "97201",
        ["Input.Country"] = "UnitedStates",
        ["Input.TaxId"] = taxId,
    };
}
