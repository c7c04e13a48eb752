using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>
/// Issue 15's pages over real HTTP on the sample portfolio (150 properties, a unit, lease, tenant, rent and balance
/// each, with a few changed here): the delinquency and rent roll totals are what SQL over the same rows gives, the
/// lists and exports follow the filters, and a manager of one property sees only its residents.
/// </summary>
public sealed partial class ResidentPagesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _client = await _factory.CreateSignedInClientAsync(Roles.Admin);
        if (await ScalarAsync<long>("SELECT count(*) FROM properties") > 0)
        {
            // One class fixture database for all tests of the class: the rows are made once.
            return;
        }

        await database.ExecuteSqlAsync(SampleRows.Sql);
        // Make the figures differ per lease: aged debts on every third, nothing owed on every fifth, a vacant unit.
        await database.ExecuteSqlAsync("""
            UPDATE lease_balances b SET balance_31_60 = 300, balance_over_90 = 45.5, total_balance = b.balance_0_30 + 300 + 45.5
                FROM "Lease" l WHERE l.id = b.lease_id AND l.buildium_lease_id % 3 = 0;
            UPDATE lease_balances b SET balance_0_30 = 0, total_balance = 0 FROM "Lease" l WHERE l.id = b.lease_id AND l.buildium_lease_id % 5 = 0;
            UPDATE lease_rents SET total_amount = 1000 + buildium_rent_id;
            UPDATE "Lease" SET status = 'Past' WHERE buildium_lease_id = 7;
            """);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Delinquency_totals_and_aging_are_what_the_balances_add_up_to_and_the_over_filter_narrows_them()
    {
        var expected = await ScalarAsync<string>("""
            SELECT count(*) || '|' || sum(total_balance) || '|' || sum(balance_31_60) || '|' || sum(balance_over_90) FROM lease_balances WHERE total_balance > 0
            """);
        var html = await _client.GetStringAsync(new Uri("/Leases/Delinquency", UriKind.Relative));
        var parts = expected.Split('|');
        html.ShouldContain($"Owed on {parts[0]} leases");
        Total(html, "total").ShouldBe(decimal.Parse(parts[1], CultureInfo.InvariantCulture));
        Total(html, "d60").ShouldBe(decimal.Parse(parts[2], CultureInfo.InvariantCulture));
        Total(html, "over90").ShouldBe(decimal.Parse(parts[3], CultureInfo.InvariantCulture));
        // The largest debt leads, with the tenant linked.
        html.ShouldContain("/Tenants/Details/");

        var over60 = await _client.GetStringAsync(new Uri("/Leases/Delinquency?over=60", UriKind.Relative));
        var aged = await ScalarAsync<long>("SELECT count(*) FROM lease_balances WHERE total_balance > 0 AND balance_61_90 + balance_over_90 > 0");
        over60.ShouldContain($"Owed on {aged} leases");

        using var csv = await _client.GetAsync(new Uri("/Leases/Delinquency?handler=Csv&over=60", UriKind.Relative));
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await csv.Content.ReadAsStringAsync()).Trim().Split('\n').Length.ShouldBe((int)aged + 1, "a header and one line per lease the filter shows");
    }

    [Fact]
    public async Task The_rent_roll_lists_every_unit_with_its_current_lease_rent_and_balance_and_totals_vacancy()
    {
        var rent = await ScalarAsync<decimal>("""SELECT sum(r.total_amount) FROM lease_rents r JOIN "Lease" l ON l.id = r.lease_id WHERE l.status = 'Active'""");
        var balance = await ScalarAsync<decimal>("""SELECT sum(b.total_balance) FROM lease_balances b JOIN "Lease" l ON l.id = b.lease_id WHERE l.status = 'Active'""");

        var html = await _client.GetStringAsync(new Uri("/Leases/RentRoll", UriKind.Relative));

        Total(html, "rent").ShouldBe(rent);
        Total(html, "balance").ShouldBe(balance);
        html.ShouldContain("data-total=\"units\">150<");
        html.ShouldContain("data-total=\"vacant\">1 (");

        var vacant = await _client.GetStringAsync(new Uri("/Leases/RentRoll?occupancy=vacant", UriKind.Relative));
        vacant.ShouldContain("data-total=\"units\">1<");
        vacant.ShouldContain(">Vacant<");
        vacant.ShouldContain(">U7<");
    }

    [Fact]
    public async Task A_tenant_page_shows_contact_leases_rent_balance_and_ledger_and_a_manager_sees_only_their_propertys_residents()
    {
        var tenantId = await ScalarAsync<Guid>("SELECT id FROM tenants WHERE buildium_tenant_id = 3");
        var html = await _client.GetStringAsync(new Uri($"/Tenants/Details/{tenantId}", UriKind.Relative));
        html.ShouldContain("tenant3@example.com");
        html.ShouldContain("Property 3");
        html.ShouldContain("1,003.00");
        html.ShouldContain("1,545.50");
        html.ShouldContain("id=\"tenant-ledger\"");

        var manager = await _factory.CreateUserAsync(Roles.Manager, allProperties: false);
        await database.ExecuteSqlAsync($"INSERT INTO user_property_access (user_id, property_id) SELECT '{manager.Id}', id FROM properties WHERE buildium_property_id = 1");
        using var client = _factory.CreateBrowser();
        (await WebAppFactory.SignInAsync(client, manager.Email!, WebAppFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await client.GetStringAsync(new Uri("/Tenants", UriKind.Relative));
        list.ShouldContain("Tenant Number 1<");
        list.ShouldNotContain("Tenant Number 2<");
        (await client.GetAsync(new Uri($"/Tenants/Details/{tenantId}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetStringAsync(new Uri("/Leases/Delinquency", UriKind.Relative))).ShouldContain("Owed on 1 leases");
    }

    [Fact]
    public async Task A_kept_report_shows_a_change_made_behind_the_apps_back_on_the_next_request_and_no_user_sees_anothers()
    {
        var rentRoll = Total(await _client.GetStringAsync(new Uri("/Leases/RentRoll", UriKind.Relative)), "balance");
        var owed = Total(await _client.GetStringAsync(new Uri("/Leases/Delinquency", UriKind.Relative)), "total");
        var leaseId = await ScalarAsync<long>("""
            SELECT b.lease_id FROM lease_balances b JOIN "Lease" l ON l.id = b.lease_id
            WHERE l.status = 'Active' AND b.total_balance > 0 ORDER BY b.lease_id LIMIT 1
            """);

        // Straight into the database, as the sync or psql would write: nothing in the app is told.
        await database.ExecuteSqlAsync($"UPDATE lease_balances SET total_balance = total_balance + 250, balance_0_30 = balance_0_30 + 250 WHERE lease_id = {leaseId}");

        Total(await _client.GetStringAsync(new Uri("/Leases/RentRoll", UriKind.Relative)), "balance").ShouldBe(rentRoll + 250);
        Total(await _client.GetStringAsync(new Uri("/Leases/Delinquency", UriKind.Relative)), "total").ShouldBe(owed + 250);

        // The admin's portfolio is kept; a manager of one property right after gets their own, not the admin's.
        var manager = await _factory.CreateUserAsync(Roles.Manager, allProperties: false);
        await database.ExecuteSqlAsync($"INSERT INTO user_property_access (user_id, property_id) SELECT '{manager.Id}', id FROM properties WHERE buildium_property_id = 2");
        using var client = _factory.CreateBrowser();
        (await WebAppFactory.SignInAsync(client, manager.Email!, WebAppFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var own = await client.GetStringAsync(new Uri("/Leases/RentRoll", UriKind.Relative));
        own.ShouldContain("data-total=\"units\">1<");
        own.ShouldContain("Property 2");
        own.ShouldNotContain("Property 3<");
    }

    private static decimal Total(string html, string key)
    {
        var match = Regex.Match(html, $"data-total=\"{key}\">([^<]+)<");
        match.Success.ShouldBeTrue($"no {key} total on the page");
        // Whatever the currency sign, the amount in US number format.
        return decimal.Parse(Regex.Replace(WebUtility.HtmlDecode(match.Groups[1].Value), "[^0-9.-]", ""), CultureInfo.InvariantCulture);
    }

    private Task<T> ScalarAsync<T>(string sql) => database.ExecuteScalarAsync<T>(sql);
}
