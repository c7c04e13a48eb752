using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary><c>reconcile</c> says both sides agree after a sync, and names the ids when they do not.</summary>
public sealed class ReconcileTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _buildium = await BuildiumHostFixture.StartAsync(_database.ConnectionString);
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task After_a_sync_every_kind_agrees()
    {
        var results = await _buildium.ReconcileAsync();

        results.Count.ShouldBe(20, "the 16 kinds before issue 15, then tenants, rent schedules, balances and lease ledgers");
        foreach (var result in results)
        {
            result.Agrees.ShouldBeTrue($"{result.Kind}: missing locally [{string.Join(',', result.MissingLocally)}], missing in Buildium [{string.Join(',', result.MissingInBuildium)}], different [{string.Join(',', result.Different)}]");
            result.LocalCount.ShouldBe(result.BuildiumCount, result.Kind);
        }
    }

    [Fact]
    public async Task A_tampered_a_lost_and_an_unsynced_record_are_each_named()
    {
        var store = _buildium.Emulator.Store;
        var tampered = store.GetIds("units")[2];
        int lost;
        await using (var db = _database.CreateContext())
        {
            // A unit nothing local depends on, so it can be deleted outright.
            lost = await db.Database.SqlQueryRaw<int>("""
                SELECT u.buildium_unit_id AS "Value" FROM units u
                WHERE NOT EXISTS (SELECT 1 FROM "Lease" l WHERE l."unitId" = u.id) AND NOT EXISTS (SELECT 1 FROM bills b WHERE b.unit_id = u.id)
                  AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.unit_id = u.id) AND NOT EXISTS (SELECT 1 FROM work_orders w WHERE w.unit_id = u.id)
                  AND u.buildium_unit_id <> {0}
                LIMIT 1
                """, tampered).SingleAsync();
        }

        var renamed = store.GetIds("vendors")[1];
        await _database.ExecuteSqlAsync($"UPDATE units SET description = 'edited behind the sync''s back' WHERE buildium_unit_id = {tampered}");
        await _database.ExecuteSqlAsync($"DELETE FROM units WHERE buildium_unit_id = {lost}");
        store.Update("vendors", renamed, new JsonObject { ["CompanyName"] = "Renamed after the last sync" });

        var units = (await _buildium.ReconcileAsync("unit")).Single();
        var vendors = (await _buildium.ReconcileAsync("vendor")).Single();

        units.Agrees.ShouldBeFalse();
        units.Different.ShouldContain(tampered);
        vendors.Different.ShouldBe([renamed]);
        units.MissingLocally.ShouldBe([lost]);

        // A full sync repairs all of it.
        (await _buildium.SyncAsync(new PropertyManager.Sync.Runs.SyncRequest("test", Full: true))).Succeeded.ShouldBeTrue();
        (await _buildium.ReconcileAsync()).ShouldAllBe(r => r.Agrees);
    }
}
