using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>The background worker syncs on its schedule and on demand, and app instances never sync at once.</summary>
public sealed class SyncWorkerTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Syncs_at_start_on_schedule_and_on_demand()
    {
        await using var app = await BuildiumHostFixture.StartAsync(database.ConnectionString, workerInterval: TimeSpan.FromSeconds(1));

        await WaitUntilAsync(async db => await db.SyncRuns.CountAsync(r => r.Trigger == "schedule" && r.Status == "succeeded") >= 2);
        await app.Host.Services.GetRequiredService<SyncTrigger>().RequestAsync(new SyncRequest("manual", Kind: "property"));
        await WaitUntilAsync(async db => await db.SyncRuns.AnyAsync(r => r.Trigger == "manual" && r.EntityKind == "property" && r.Status == "succeeded"));

        await using var check = database.CreateContext();
        (await check.Properties.CountAsync()).ShouldBe(app.Emulator.Store.Count("rentals"));
    }

    [Fact]
    public async Task Two_app_instances_on_one_database_never_sync_at_the_same_time()
    {
        var scratch = await database.Server.CreateDatabaseAsync();
        try
        {
            var connectionString = database.Server.ConnectionString(scratch);
            await using (var first = await BuildiumHostFixture.StartAsync(connectionString, workerInterval: TimeSpan.FromSeconds(1)))
            await using (var second = await BuildiumHostFixture.StartAsync(connectionString, workerInterval: TimeSpan.FromSeconds(1)))
            {
                // Both workers contend until a few runs have ended, however long a run takes on a busy machine.
                await WaitUntilAsync(async db => await db.SyncRuns.CountAsync(r => r.FinishedAt != null) >= 3, connectionString);
            }

            await using var db = new PropertyManager.Data.AppDbContext(PropertyManager.Data.AppDbContextOptions.Create(connectionString));
            var runs = await db.SyncRuns.AsNoTracking().OrderBy(r => r.StartedAt).ToListAsync();
            runs.Count.ShouldBeGreaterThan(1);
            for (var i = 1; i < runs.Count; i++)
            {
                runs[i - 1].FinishedAt.ShouldNotBeNull();
                runs[i].StartedAt.ShouldBeGreaterThanOrEqualTo(runs[i - 1].FinishedAt!.Value, "runs overlapped");
            }
        }
        finally
        {
            await database.Server.DropDatabaseAsync(scratch);
        }
    }

    /// <summary>Waits for the worker, not for a time: the deadline only ends a test whose worker never gets there.</summary>
    private async Task WaitUntilAsync(Func<PropertyManager.Data.AppDbContext, Task<bool>> condition, string? connectionString = null)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            await using var db = new PropertyManager.Data.AppDbContext(PropertyManager.Data.AppDbContextOptions.Create(connectionString ?? database.ConnectionString));
            if (await condition(db))
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The worker did not get there within three minutes.");
    }
}
