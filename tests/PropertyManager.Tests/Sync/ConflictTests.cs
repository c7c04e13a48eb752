using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Integration;
using PropertyManager.Data.SyncState;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>Records changed on both sides since the last sync: the policy's winner, the recorded loser, re-apply.</summary>
public sealed class ConflictTests : IAsyncLifetime
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
    public async Task A_property_changed_on_both_sides_follows_Buildium_records_the_local_value_and_it_can_be_reapplied()
    {
        var store = _buildium.Emulator.Store;
        var rentalId = store.GetIds("rentals")[1];
        Guid propertyId;
        await using (var db = _database.CreateContext())
        {
            var property = await db.Properties.SingleAsync(p => p.BuildiumPropertyId == rentalId);
            propertyId = property.Id;
            property.Name = "Local name";
            property.City = "Local city";
            await db.SaveChangesAsync();
        }

        store.Update("rentals", rentalId, new JsonObject { ["Name"] = "Buildium name", ["StructureDescription"] = "Buildium description" });

        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.Property].Pushed.ShouldBe(1);
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();

        var remote = store.Get("rentals", rentalId)!;
        remote["Name"]!.GetValue<string>().ShouldBe("Buildium name", "Buildium has no timestamp for rentals, so it wins");
        remote["StructureDescription"]!.GetValue<string>().ShouldBe("Buildium description", "a change only Buildium made is kept");
        remote["Address"]!["City"]!.GetValue<string>().ShouldBe("Local city", "a change only the app made is pushed");
        SyncConflict conflict;
        await using (var db = _database.CreateContext())
        {
            var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == propertyId);
            property.Name.ShouldBe("Buildium name");
            property.City.ShouldBe("Local city");
            conflict = await db.SyncConflicts.AsNoTracking().SingleAsync();
            conflict.Kind.ShouldBe(SyncEntityTypes.Property);
            conflict.BuildiumId.ShouldBe(rentalId);
            conflict.LocalId.ShouldBe(propertyId);
            conflict.Winner.ShouldBe(SyncConflictWinners.Buildium);
            conflict.LocalValues!.RootElement.GetProperty("Name").GetString().ShouldBe("Local name");
            conflict.BuildiumValues!.RootElement.GetProperty("Name").GetString().ShouldBe("Buildium name");
            conflict.LocalValues.RootElement.TryGetProperty("City", out _).ShouldBeFalse("only contested fields are recorded");
        }

        await _buildium.ReapplyLocalAsync(conflict.Id);
        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.Property].Pushed.ShouldBe(1);

        store.Get("rentals", rentalId)!["Name"]!.GetValue<string>().ShouldBe("Local name");
        await using (var db = _database.CreateContext())
        {
            (await db.Properties.AsNoTracking().SingleAsync(p => p.Id == propertyId)).Name.ShouldBe("Local name");
            var resolved = await db.SyncConflicts.AsNoTracking().SingleAsync();
            resolved.ResolvedAt.ShouldNotBeNull();
            resolved.Resolution.ShouldBe(SyncConflictWinners.ReappliedLocal);
        }
    }

    [Fact]
    public async Task A_newer_local_task_edit_wins_reaches_Buildium_and_Buildiums_value_is_recorded()
    {
        var store = _buildium.Emulator.Store;
        var taskId = store.GetIds("tasks").First(id => store.Get("tasks", id)!["TaskType"]!.GetValue<string>() == "Todo");
        store.Update("tasks", taskId, new JsonObject { ["Title"] = "Title from Buildium" });
        await Task.Delay(20);
        await using (var db = _database.CreateContext())
        {
            var task = await db.Tasks.SingleAsync(t => t.BuildiumTaskId == taskId);
            task.Subject = "Title from the app";
            await db.SaveChangesAsync();
        }

        // A run pushes first: the local change is newer, so it wins, reaches Buildium, and Buildium's value is kept as a conflict.
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();

        await using (var db = _database.CreateContext())
        {
            (await db.Tasks.AsNoTracking().SingleAsync(t => t.BuildiumTaskId == taskId)).Subject.ShouldBe("Title from the app");
            var conflict = await db.SyncConflicts.AsNoTracking().SingleAsync();
            conflict.Winner.ShouldBe(SyncConflictWinners.Local);
            conflict.BuildiumValues!.RootElement.GetProperty("Subject").GetString().ShouldBe("Title from Buildium");
            (await db.SyncStatuses.AsNoTracking().SingleAsync(s => s.EntityType == SyncEntityTypes.Task && s.BuildiumId == taskId))
                .SyncStatus.ShouldBe(SyncStates.Synced);
        }

        store.Get("tasks", taskId)!["Title"]!.GetValue<string>().ShouldBe("Title from the app");
    }
}
