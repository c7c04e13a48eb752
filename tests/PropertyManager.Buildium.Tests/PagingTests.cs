using PropertyManager.Buildium.Tests.Infrastructure;
using PropertyManager.Buildium.Vendors;

namespace PropertyManager.Buildium.Tests;

public sealed class PagingTests
{
    [Fact]
    public async Task Paging_over_page_boundaries_returns_every_record_once_and_stops_on_total_count()
    {
        await using var t = await BuildiumTestHost.StartAsync(e => e.SeedSize = "none", c => c.PageSize = 7);
        var existing = t.Emulator.Store.Count("vendorcategories");
        for (var i = existing; i < 20; i++)
        {
            await t.Client.VendorCategories.CreateAsync(new VendorCategorySaveMessage { Name = $"Category {i:D2}" });
        }

        t.Emulator.Stats.Reset();
        var listed = await t.Client.VendorCategories.ListAsync().ToListAsync();

        listed.Count.ShouldBe(20);
        listed.Select(c => c.Id).ShouldBe(t.Emulator.Store.GetIds("vendorcategories").Order(), ignoreOrder: false);
        listed.Select(c => c.Id).ShouldBeUnique();
        // 7 + 7 + 6: X-Total-Count ends the loop without asking for an empty fourth page.
        var pages = await t.Sink.WaitForAsync(c => c.Endpoint.StartsWith("/v1/vendors/categories?", StringComparison.Ordinal) && c.ResponseStatus == 200, 3);
        pages.Select(c => c.Endpoint).ShouldBe(
        [
            "/v1/vendors/categories?orderby=Id%20asc&offset=0&limit=7",
            "/v1/vendors/categories?orderby=Id%20asc&offset=7&limit=7",
            "/v1/vendors/categories?orderby=Id%20asc&offset=14&limit=7",
        ]);
    }

    [Fact]
    public async Task A_caller_that_stops_early_costs_at_most_the_pages_read_ahead()
    {
        await using var t = await BuildiumTestHost.StartAsync(client: c => c.PageSize = 1);
        var ids = t.Emulator.Store.GetIds("rentals");
        ids.Count.ShouldBeGreaterThan(4, "the demo seed must span more pages than are read ahead");
        t.Emulator.Stats.Reset();

        var first = await t.Client.Rentals.ListAsync().FirstAsync();

        first.Id.ShouldBe(ids.Min());
        t.Emulator.Stats.CountFor("GET", "/v1/rentals").ShouldBeLessThanOrEqualTo(1 + new BuildiumOptions().ListReadAhead);
    }

    [Fact]
    public async Task Paging_sends_limit_offset_and_id_sort()
    {
        await using var t = await BuildiumTestHost.StartAsync(client: c => c.PageSize = 2);
        var ids = t.Emulator.Store.GetIds("rentals");
        ids.Count.ShouldBeGreaterThan(2, "the demo seed must span more than one page");

        var listed = await t.Client.Rentals.ListAsync().ToListAsync();

        listed.Select(r => r.Id).ShouldBe(ids.Order());
        var calls = await t.Sink.WaitForAsync(c => c.Endpoint.StartsWith("/v1/rentals?", StringComparison.Ordinal), (ids.Count + 1) / 2);
        calls.Select(c => c.Endpoint).ShouldContain(e => e.Contains("offset=2&limit=2", StringComparison.Ordinal));
        calls.ShouldAllBe(c => c.Endpoint.Contains("orderby=Id%20asc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Empty_list_makes_one_request()
    {
        await using var t = await BuildiumTestHost.StartAsync(e => e.SeedSize = "none");
        t.Emulator.Stats.Reset();

        var listed = await t.Client.Bills.ListAsync().ToListAsync();

        listed.ShouldBeEmpty();
        t.Emulator.Stats.CountFor("GET", "/v1/bills").ShouldBe(1);
    }
}
