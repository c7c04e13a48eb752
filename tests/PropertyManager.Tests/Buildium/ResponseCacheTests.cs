using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.GlAccounts;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Buildium;

/// <summary>Slow-changing reference data is served from <c>buildium_api_cache</c> until a write invalidates it.</summary>
public sealed class ResponseCacheTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Gl_accounts_are_read_from_the_cache_until_a_write_invalidates_it()
    {
        await using var fixture = await BuildiumHostFixture.StartAsync(database.ConnectionString);

        var first = await CountAsync(fixture);
        var callsAfterFirst = GlAccountListCalls(fixture);
        var second = await CountAsync(fixture);

        second.ShouldBe(first);
        GlAccountListCalls(fixture).ShouldBe(callsAfterFirst, "the second listing came from buildium_api_cache");
        await using (var db = database.CreateContext())
        {
            var entry = await db.ApiCache.AsNoTracking().SingleAsync(c => c.Endpoint == "/v1/glaccounts");
            entry.ExpiresAt.ShouldNotBeNull();
            entry.ExpiresAt.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        }

        await fixture.Client.GlAccounts.CreateAsync(new GLAccountPostMessage
        {
            Name = "Snow removal " + Guid.NewGuid().ToString("N")[..6],
            AccountNumber = Random.Shared.Next(70000, 79999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            SubType = GLAccountSubType.OperatingExpenses,
        });

        await using (var db = database.CreateContext())
        {
            (await db.ApiCache.CountAsync(c => c.Endpoint == "/v1/glaccounts")).ShouldBe(0, "the write invalidated the cached listing");
        }

        (await CountAsync(fixture)).ShouldBe(first + 1);
        GlAccountListCalls(fixture).ShouldBeGreaterThan(callsAfterFirst);
    }

    private static long GlAccountListCalls(BuildiumHostFixture fixture) =>
        fixture.Emulator.Stats.CountFor("GET", "/v1/glaccounts");

    private static async Task<int> CountAsync(BuildiumHostFixture fixture)
    {
        var count = 0;
        await foreach (var _ in fixture.Client.GlAccounts.ListAsync())
        {
            count++;
        }

        return count;
    }
}
