using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>
/// Kinds larger than a page and a write batch (the emulator's medium seed: 2,400 units, 2,100 owners, 2,200 leases),
/// where a batch is written while the next one is read.
/// </summary>
public sealed class BatchedPullTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _buildium = await BuildiumHostFixture.StartAsync(_database.ConnectionString, o => o.SeedSize = "medium");
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Every_batch_of_a_large_kind_is_written_once_with_its_synced_state()
    {
        var report = await _buildium.SyncAsync(new SyncRequest("test", Full: true));

        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Errors));
        var store = _buildium.Emulator.Store;
        store.Count("units").ShouldBeGreaterThan(2_000);
        report.Kinds[SyncEntityTypes.Unit].Created.ShouldBe(store.Count("units"));
        report.Kinds[SyncEntityTypes.Owner].Created.ShouldBe(store.Count("owners"));
        report.Kinds[SyncEntityTypes.Lease].Created.ShouldBe(store.Count("leases"));
        await using var db = _database.CreateContext();
        (await db.Units.CountAsync()).ShouldBe(store.Count("units"));
        (await db.Owners.CountAsync()).ShouldBe(store.Count("owners"));
        (await db.Leases.CountAsync()).ShouldBe(store.Count("leases"));
        (await db.Units.CountAsync(u => u.PropertyId == null)).ShouldBe(0);
        (await db.OwnersListCache.CountAsync()).ShouldBe(store.Count("owners"));
        (await db.SyncRecords.CountAsync(r => r.Kind == SyncEntityTypes.Unit)).ShouldBe(store.Count("units"));
        (await db.SyncRecords.CountAsync(r => r.Kind == SyncEntityTypes.Owner)).ShouldBe(store.Count("owners"));

        // The stored payloads carry the owners' tax ids encrypted, as the columns do, and nothing else changed by it.
        var ownerId = store.GetIds("owners").First(id => store.Get("owners", id)!["TaxInformation"]?["TaxPayerId"]?.GetValue<string>() is { Length: > 0 });
        var taxId = store.Get("owners", ownerId)!["TaxInformation"]!["TaxPayerId"]!.GetValue<string>();
        var payload = (await db.SyncRecords.AsNoTracking().SingleAsync(r => r.Kind == SyncEntityTypes.Owner && r.BuildiumId == ownerId)).Payload!;
        var stored = payload.RootElement.GetProperty("TaxInformation").GetProperty("TaxPayerId").GetString()!;
        stored.ShouldStartWith("enc:v1:");
        payload.RootElement.GetRawText().ShouldNotContain(taxId);
        payload.RootElement.GetProperty("Id").GetInt32().ShouldBe(ownerId);
        payload.RootElement.GetProperty("Email").GetString().ShouldBe(store.Get("owners", ownerId)!["Email"]?.GetValue<string>());

        // A second full run finds every record unchanged: the batches wrote exactly what Buildium has.
        var again = await _buildium.SyncAsync(new SyncRequest("test", Full: true));
        again.Kinds[SyncEntityTypes.Unit].Unchanged.ShouldBe(store.Count("units"));
        again.Kinds[SyncEntityTypes.Owner].Unchanged.ShouldBe(store.Count("owners"));
        again.Kinds[SyncEntityTypes.Owner].Created.ShouldBe(0);
        again.Kinds[SyncEntityTypes.Owner].Updated.ShouldBe(0);
    }

    [Fact]
    public async Task A_run_stopped_while_a_batch_is_being_written_leaves_the_next_run_a_clean_start()
    {
        using var cut = new CancellationTokenSource();
        var run = _buildium.SyncAsync(cancellationToken: cut.Token);
        await using (var db = _database.CreateContext())
        {
            // Stop once the first unit batch is in, while the following ones are being read and written.
            while (!run.IsCompleted && !await db.Units.AnyAsync())
            {
                await Task.Delay(5);
            }
        }

        await cut.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => run);

        var report = await _buildium.SyncAsync();

        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Errors));
        var store = _buildium.Emulator.Store;
        await using var check = _database.CreateContext();
        (await check.Units.CountAsync()).ShouldBe(store.Count("units"));
        (await check.Units.Select(u => u.BuildiumUnitId).Distinct().CountAsync()).ShouldBe(store.Count("units"));
        (await check.Leases.CountAsync()).ShouldBe(store.Count("leases"));
        (await check.SyncRuns.CountAsync(r => r.Status == "succeeded")).ShouldBe(1);
    }
}
