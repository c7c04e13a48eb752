using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Buildium.ApiLog;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>A running sync shows, per kind, how many records of how many it has gone through, as it goes.</summary>
public sealed class SyncProgressTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        // Small pages, so a kind takes several requests and is seen part-way.
        _buildium = await BuildiumHostFixture.StartAsync(_database.ConnectionString, settings: new Dictionary<string, string?> { ["Buildium:PageSize"] = "5" });
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task While_a_run_runs_each_kind_shows_records_done_of_the_total_its_first_page_announced()
    {
        var store = _buildium.Emulator.Store;
        var units = store.Count("units");
        units.ShouldBeGreaterThan(10, "the demo seed has several pages of units");
        _buildium.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Method = "GET", PathPrefix = "/v1/rentals/units", LatencyMs = 150 });
        var progress = NewProgress();
        var request = new SyncRequest("test");
        progress.Start(request);
        var seen = new List<KindProgress>();

        var run = _buildium.SyncAsync(request, progress: progress);
        while (!run.IsCompleted)
        {
            if (progress.Current is { } current)
            {
                seen.AddRange(current.Progress.Where(p => p.Kind == SyncEntityTypes.Unit));
            }

            await Task.Delay(20);
        }

        (await run).Succeeded.ShouldBeTrue();
        seen.ShouldContain(p => !p.Finished && p.Total == units && p.Processed > 0 && p.Processed < units, "seen part-way, against Buildium's count");
        seen.Select(p => p.Processed).ShouldBeInOrder(SortDirection.Ascending);
        var final = progress.Current!.Progress.ToDictionary(p => p.Kind);
        final[SyncEntityTypes.Unit].ShouldBe(new KindProgress(SyncEntityTypes.Unit, units, units, Finished: true));
        final[SyncEntityTypes.Unit].Fraction.ShouldBe(1);
        // Children count their parents: every bill is new in a first run, so every bill's payments were read.
        await using var db = _database.CreateContext();
        var bills = await db.Bills.CountAsync();
        final[SyncEntityTypes.BillPayment].Total.ShouldBe(bills);
        final[SyncEntityTypes.BillPayment].Processed.ShouldBe(bills);
        final.Values.ShouldAllBe(p => p.Finished);
    }

    [Fact]
    public async Task A_run_reads_every_list_before_any_child_and_its_ETA_counts_the_calls_the_run_then_makes()
    {
        // Slow child reads, so the run is seen between its list phase and its end, long enough to measure a rate
        // (at 40 ms the whole payment phase took about 80 ms, and on a busy machine no sample caught it).
        _buildium.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Method = "GET", PathPrefix = "/v1/bills/", LatencyMs = 150 });
        var progress = NewProgress();
        var request = new SyncRequest("test");
        progress.Start(request);
        var samples = new List<(bool ListsDone, bool ChildrenStarted, SyncEta Eta)>();

        var run = _buildium.SyncAsync(request, progress: progress);
        while (!run.IsCompleted)
        {
            if (progress.Current is { Kinds.Count: > 0 } current && progress.Eta(pageSize: 5) is { } eta)
            {
                var kinds = current.Progress.ToDictionary(p => p.Kind);
                samples.Add((
                    kinds[SyncEntityTypes.WorkOrder].Finished && kinds[SyncEntityTypes.Property].Finished,
                    kinds[SyncEntityTypes.BillPayment].Processed > 0,
                    eta));
            }

            await Task.Delay(20);
        }

        var report = await run;
        report.Succeeded.ShouldBeTrue();
        samples.Where(s => s.ChildrenStarted).ShouldNotBeEmpty("the run was seen reading payments");
        samples.Where(s => s.ChildrenStarted).ShouldAllBe(s => s.ListsDone, "work orders (listed after bill payments in the catalogue) were read before any payment");
        // Once the lists are read, calls done + calls left is the run's whole cost, within a few calls.
        var duringChildren = samples.Where(s => s.ChildrenStarted).Select(s => s.Eta).ToList();
        duringChildren.ShouldAllBe(e => Math.Abs(e.CallsDone + e.TotalCallsLeft - report.ApiCalls) <= report.ApiCalls / 10,
            $"the run made {report.ApiCalls} calls");
        duringChildren.ShouldContain(e => e.TimeLeft != null && e.TimeLeft > TimeSpan.Zero && e.CallsPerSecond > 0);
    }

    [Fact]
    public async Task The_counts_recorded_with_the_run_carry_the_totals()
    {
        var report = await _buildium.SyncAsync();

        report.Kinds[SyncEntityTypes.Property].Total.ShouldBe(_buildium.Emulator.Store.Count("rentals"));
        report.Kinds[SyncEntityTypes.Property].Processed.ShouldBe(_buildium.Emulator.Store.Count("rentals"));
        await using var db = _database.CreateContext();
        var counts = (await db.SyncRuns.AsNoTracking().SingleAsync(r => r.Id == report.RunId)).Counts!.RootElement;
        counts.GetProperty(SyncEntityTypes.Property).GetProperty("Total").GetInt32().ShouldBe(_buildium.Emulator.Store.Count("rentals"));
    }

    private SyncProgress NewProgress() => new(_buildium.Host.Services.GetRequiredService<BuildiumCallCounter>(), TimeProvider.System);
}
