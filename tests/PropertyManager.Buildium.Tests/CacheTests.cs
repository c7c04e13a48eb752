using PropertyManager.Buildium.GlAccounts;
using PropertyManager.Buildium.Tests.Infrastructure;

namespace PropertyManager.Buildium.Tests;

public sealed class CacheTests
{
    [Fact]
    public async Task Reference_data_is_served_from_the_cache_until_a_write_invalidates_it()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        t.Emulator.Stats.Reset();

        var first = await t.Client.GlAccounts.ListAsync().ToListAsync();
        var second = await t.Client.GlAccounts.ListAsync().ToListAsync();

        second.Select(a => a.Id).ShouldBe(first.Select(a => a.Id));
        t.Emulator.Stats.CountFor("GET", "/v1/glaccounts").ShouldBe(1);
        t.Cache.Keys.ShouldContain("/v1/glaccounts?orderby=Id%20asc&offset=0&limit=1000");

        var created = await t.Client.GlAccounts.CreateAsync(new GLAccountPostMessage
        {
            Name = "Cache buster",
            AccountNumber = "9901",
            SubType = GLAccountSubType.OperatingExpenses,
        });
        var third = await t.Client.GlAccounts.ListAsync().ToListAsync();

        t.Cache.Invalidations.ShouldContain("/v1/glaccounts");
        t.Emulator.Stats.CountFor("GET", "/v1/glaccounts").ShouldBe(2);
        third.Select(a => a.Id).ShouldContain(created.Id);
    }

    [Fact]
    public async Task Other_data_is_never_cached()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        t.Emulator.Stats.Reset();

        await t.Client.Rentals.ListAsync().ToListAsync();
        await t.Client.Rentals.ListAsync().ToListAsync();

        t.Emulator.Stats.CountFor("GET", "/v1/rentals").ShouldBe(2);
        t.Cache.Keys.ShouldBeEmpty();
    }
}
