using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PropertyManager.Tests.FaultSurvival;

/// <summary>
/// Buildium misbehaving while a full sync pushes local creates and edits and pulls everything: after the faults stop,
/// the next run completes and <c>reconcile</c> finds both sides equal, nothing lost, nothing created twice.
/// </summary>
[Collection(FaultSurvivalCollection.Name)]
public sealed class ApiFaultScenarios(FaultSurvivalReport report, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public Task A_429_storm() => RunAsync("429 storm", faults =>
        faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, Rate = 0.5, Count = 60 }));

    [Fact]
    public Task Bursts_of_500_and_503() => RunAsync("500/503 bursts", faults =>
    {
        faults.InjectNext(FaultKind.InternalServerError, 15);
        faults.Add(new FaultRule { Kind = FaultKind.ServiceUnavailable, Rate = 0.3, Count = 25 });
    });

    [Fact]
    public Task Timeouts_on_POST_create_nothing_twice() => RunAsync("timeouts on POST", faults =>
        faults.InjectNext(FaultKind.Timeout, 3, "POST", "/v1/vendors"), vendors: 3);

    [Fact]
    public Task Connection_resets() => RunAsync("connection resets", faults =>
    {
        faults.InjectNext(FaultKind.DropConnection, 2, "POST", "/v1/vendors");
        faults.Add(new FaultRule { Kind = FaultKind.DropConnection, Method = "GET", Rate = 0.3, Count = 20 });
    });

    /// <summary>
    /// A truncated 200 to a POST means the record was created but its id never arrived: the retry must find it by
    /// its natural key, not create it again.
    /// </summary>
    [Fact]
    public Task Malformed_JSON() => RunAsync("malformed JSON", faults =>
    {
        faults.InjectNext(FaultKind.MalformedJson, 2, "POST", "/v1/vendors");
        faults.Add(new FaultRule { Kind = FaultKind.MalformedJson, Method = "GET", Rate = 0.2, Count = 5 });
    });

    [Fact]
    public async Task Buildium_down_for_the_whole_run_keeps_local_edits_pending_until_it_returns()
    {
        var clock = Stopwatch.StartNew();
        await using var app = await BuildiumHostFixture.StartAsync(_database.ConnectionString, settings: Survival.Settings());
        (await app.SyncAsync()).Succeeded.ShouldBeTrue();
        var vendors = await Survival.CreateVendorsAsync(_database.ConnectionString, 2, "down");
        var (propertyId, name) = await Survival.RenamePropertyAsync(_database.ConnectionString);
        app.Emulator.Stats.Reset();
        app.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.ServiceUnavailable });

        var down = await app.SyncAsync(new SyncRequest("fault-survival", Full: true));

        down.Succeeded.ShouldBeFalse();
        var faults = app.Emulator.Stats.FaultsInjected;
        await using (var db = _database.CreateContext())
        {
            (await db.SyncStatuses.CountAsync(s => s.EntityId != null && s.SyncStatus != SyncStates.Synced)).ShouldBe(3, "both creates and the edit wait");
        }

        app.Emulator.Store.Get("rentals", propertyId)!["Name"]!.GetValue<string>().ShouldNotBe(name);
        app.Emulator.Faults.Clear();
        await Survival.NextRunSucceedsAsync(app);

        app.Emulator.Store.Get("rentals", propertyId)!["Name"]!.GetValue<string>().ShouldBe(name);
        await FinishAsync(app, "Buildium down for the whole run", faults, vendors, clock);
    }

    [Fact]
    public async Task Two_app_instances_at_once_one_syncs_the_other_skips()
    {
        var clock = Stopwatch.StartNew();
        // Every request a little slow, so the two runs surely overlap.
        await using var first = await BuildiumHostFixture.StartAsync(_database.ConnectionString, settings: Survival.Settings());
        await using var second = await BuildiumHostFixture.StartAsync(_database.ConnectionString, settings: Survival.Settings(), sharedEmulator: first.Emulator);
        (await first.SyncAsync()).Succeeded.ShouldBeTrue();
        var vendors = await Survival.CreateVendorsAsync(_database.ConnectionString, 3, "twins");
        first.Emulator.Faults.Set(new EmulatorFaultOptions { LatencyMs = 15 });

        var runs = await Task.WhenAll(
            first.SyncAsync(new SyncRequest("fault-survival", Full: true)),
            second.SyncAsync(new SyncRequest("fault-survival", Full: true)));

        first.Emulator.Faults.Clear();
        runs.Count(r => r.Skipped).ShouldBe(1, "exactly one instance holds the advisory lock");
        runs.Single(r => !r.Skipped).Succeeded.ShouldBeTrue();
        await FinishAsync(first, "two app instances at once", 0, vendors, clock);
    }

    private async Task RunAsync(string scenario, Action<EmulatorFaults> inject, int vendors = 2)
    {
        var clock = Stopwatch.StartNew();
        // A hung request is cut off after 300 ms, so a timeout costs no more than that.
        await using var app = await BuildiumHostFixture.StartAsync(_database.ConnectionString, o => o.Faults.TimeoutMs = 300, settings: Survival.Settings());
        (await app.SyncAsync()).Succeeded.ShouldBeTrue();
        var created = await Survival.CreateVendorsAsync(_database.ConnectionString, vendors, scenario.Split(' ')[0]);
        var (propertyId, name) = await Survival.RenamePropertyAsync(_database.ConnectionString);
        app.Emulator.Stats.Reset();
        inject(app.Emulator.Faults);

        var faulted = await app.SyncAsync(new SyncRequest("fault-survival", Full: true));

        output.WriteLine($"run under faults: {(faulted.Succeeded ? "succeeded" : "failed")}; {string.Join(" | ", faulted.Errors)}");
        var faults = app.Emulator.Stats.FaultsInjected;
        faults.ShouldBeGreaterThan(0, "the scenario injected nothing");
        app.Emulator.Faults.Clear();
        await Survival.NextRunSucceedsAsync(app);
        app.Emulator.Store.Get("rentals", propertyId)!["Name"]!.GetValue<string>().ShouldBe(name, "the local edit reached Buildium");
        await FinishAsync(app, scenario, faults, created, clock);
    }

    private async Task FinishAsync(BuildiumHostFixture app, string scenario, long faults, IReadOnlyCollection<string> vendors, Stopwatch clock)
    {
        var reconciliation = await app.ReconcileAsync();
        var row = await Survival.CheckAsync(scenario, faults, reconciliation, app.Emulator.Store, _database.ConnectionString, vendors, clock);
        report.Add(row, output);
        row.ShouldHaveSurvived(reconciliation);
    }
}
