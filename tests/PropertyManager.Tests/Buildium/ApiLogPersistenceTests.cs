using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Rentals;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Buildium;

/// <summary>Every attempt against Buildium becomes one <c>buildium_api_log</c> row, without secrets.</summary>
public sealed class ApiLogPersistenceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Every_attempt_including_retries_is_one_row_and_no_secret_reaches_the_table()
    {
        var fixture = await BuildiumHostFixture.StartAsync(database.ConnectionString);
        int attempts;
        await using (fixture)
        {
            var rentals = new List<RentalMessage>();
            await foreach (var rental in fixture.Client.Rentals.ListAsync())
            {
                rentals.Add(rental);
            }

            rentals.ShouldNotBeEmpty();
            fixture.Emulator.Faults.InjectNext(FaultKind.ServiceUnavailable, count: 1, method: "GET", pathPrefix: "/v1/rentals/");
            (await fixture.Client.Rentals.GetAsync(rentals[0].Id)).Id.ShouldBe(rentals[0].Id);
            attempts = (int)fixture.Emulator.Stats.TotalRequests;
        }

        // Disposing stopped the host, which flushes the writer's queue.
        await using var db = database.CreateContext();
        var rows = await db.ApiLog.AsNoTracking().OrderBy(r => r.CreatedAt).ToListAsync();
        rows.Count.ShouldBe(attempts);
        rows.ShouldContain(r => r.ResponseStatus == 503 && r.Method == "GET" && r.Endpoint!.StartsWith("/v1/rentals/", StringComparison.Ordinal));
        rows.ShouldContain(r => r.ResponseStatus == 200 && r.Endpoint!.StartsWith("/v1/rentals?", StringComparison.Ordinal));
        rows.ShouldAllBe(r => r.DurationMs >= 0 && r.CreatedAt != null);

        var everything = await db.Database.SqlQueryRaw<string>("SELECT coalesce(string_agg(t::text, ' '), '') AS \"Value\" FROM buildium_api_log t").SingleAsync();
        everything.ShouldNotContain(fixture.ClientSecret);
    }
}
