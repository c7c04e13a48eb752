using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>
/// Issue 12: every run caches Buildium's staff users (GET /v1/users?usertypes=Staff) for the assignee lists; portal
/// users are not staff, a renamed user is renamed, and one Buildium stops listing stays, marked inactive.
/// </summary>
public sealed class StaffUserRefreshTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _buildium = await BuildiumHostFixture.StartAsync(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_run_caches_the_staff_users_and_follows_renames_and_removals()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        await using (var db = _database.CreateContext())
        {
            var users = await db.StaffUsers.AsNoTracking().OrderBy(u => u.BuildiumUserId).ToListAsync();
            users.Select(u => u.BuildiumUserId).ShouldBe([1, 2, 3, 4, 5, 6], "staff only: the owner's and the vendor's portal users are not assignees");
            users.Single(u => u.BuildiumUserId == 2).DisplayName.ShouldBe("Morgan Reyes");
            users.Where(u => u.IsActive).Select(u => u.BuildiumUserId).ShouldBe([1, 2, 3, 4, 5]);
        }

        var store = _buildium.Emulator.Store;
        store.Update("users", 3, new JsonObject { ["LastName"] = "Whitaker-Lee" });
        store.Delete("users", 4).ShouldBeTrue();
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();

        await using var check = _database.CreateContext();
        var after = await check.StaffUsers.AsNoTracking().ToDictionaryAsync(u => u.BuildiumUserId);
        after[3].DisplayName.ShouldBe("Jordan Whitaker-Lee");
        after[4].IsActive.ShouldBeFalse("no longer listed: kept for the records assigned to them, never offered again");
        after[4].DisplayName.ShouldBe("Priya Natarajan");
    }
}
