using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Vendors;
using PropertyManager.Sync.Reconcile;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Buildium;

namespace PropertyManager.Tests.FaultSurvival;

/// <summary>What every fault scenario needs: fast retry settings, local records to push, and the final count.</summary>
internal static class Survival
{
    /// <summary>
    /// Short back-offs and a short circuit break, so a scenario spends its time on faults, not on waiting. The
    /// breaker stays on: it is part of what has to survive.
    /// </summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["Buildium:CircuitBreaker:BreakDuration"] = "00:00:00.500",
        ["Buildium:Retry:BaseDelay"] = "00:00:00.020",
        ["Buildium:Timeout"] = "00:00:05",
        ["Buildium:TotalTimeout"] = "00:00:30",
    };

    /// <summary>Vendors created locally (pending in the outbox), each with a unique name: their natural key.</summary>
    public static async Task<IReadOnlyList<string>> CreateVendorsAsync(string connectionString, int count, string scenario)
    {
        await using var db = new AppDbContext(AppDbContextOptions.Create(connectionString));
        var category = await db.VendorCategories.AsNoTracking().Where(c => c.BuildiumCategoryId != null).Select(c => c.BuildiumCategoryId).FirstAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var names = Enumerable.Range(1, count).Select(i => $"Survivor {scenario} {tag} {i}").ToList();
        db.Vendors.AddRange(names.Select(n => new Vendor { Name = n, CategoryId = category, Email = "survivor@example.com" }));
        await db.SaveChangesAsync();
        return names;
    }

    /// <summary>A local edit of one property's name (pending in the outbox), returned as (Buildium id, new name).</summary>
    public static async Task<(int BuildiumId, string Name)> RenamePropertyAsync(string connectionString)
    {
        await using var db = new AppDbContext(AppDbContextOptions.Create(connectionString));
        var property = await db.Properties.Where(p => p.BuildiumPropertyId != null).OrderBy(p => p.BuildiumPropertyId).FirstAsync();
        property.Name = "Renamed locally " + Guid.NewGuid().ToString("N")[..6];
        await db.SaveChangesAsync();
        return (property.BuildiumPropertyId!.Value, property.Name);
    }

    /// <summary>
    /// The first run after the faults stop, once an open circuit has had its break: it must succeed outright (no
    /// "eventually"), pushing what waited and pulling everything.
    /// </summary>
    public static async Task<SyncRunReport> NextRunSucceedsAsync(BuildiumHostFixture app)
    {
        await Task.Delay(600);
        var report = await app.SyncAsync(new SyncRequest("fault-survival", Full: true));
        report.Skipped.ShouldBeFalse();
        report.Errors.ShouldBeEmpty("the first run after the faults stopped");
        report.Succeeded.ShouldBeTrue();
        return report;
    }

    /// <summary>
    /// Counts, after a scenario: lost = ids either side lacks, locally created records Buildium never got, outbox rows
    /// never synced, local rows still without a Buildium id; duplicated = extra copies of a created record (by natural
    /// key) in Buildium or locally; differences = records whose columns differ.
    /// </summary>
    public static async Task<SurvivalRow> CheckAsync(
        string scenario, long faults, IReadOnlyList<KindReconciliation> reconciliation, EmulatorStore store, string connectionString,
        IReadOnlyCollection<string> createdVendors, Stopwatch clock)
    {
        await using var db = new AppDbContext(AppDbContextOptions.Create(connectionString));
        var buildiumVendorNames = store.GetIds("vendors")
            .Select(id => store.Get("vendors", id)?["CompanyName"]?.GetValue<string>())
            .Where(n => n is not null && createdVendors.Contains(n))
            .GroupBy(n => n!)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var localVendorNames = await db.Vendors.AsNoTracking().Where(v => createdVendors.Contains(v.Name!))
            .GroupBy(v => v.Name!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);

        var unsynced = await db.SyncStatuses.CountAsync(s => s.EntityId != null && s.SyncStatus != SyncStates.Synced);
        var withoutId = await db.Properties.CountAsync(p => p.BuildiumPropertyId == null)
            + await db.Units.CountAsync(u => u.BuildiumUnitId == null)
            + await db.Vendors.CountAsync(v => v.BuildiumVendorId == null)
            + await db.Bills.CountAsync(b => b.BuildiumBillId == null);

        var lost = reconciliation.Sum(r => r.MissingLocally.Count + r.MissingInBuildium.Count)
            + createdVendors.Count(n => !buildiumVendorNames.ContainsKey(n) || !localVendorNames.ContainsKey(n))
            + unsynced + withoutId;
        var duplicated = buildiumVendorNames.Values.Sum(c => c - 1) + localVendorNames.Values.Sum(c => c - 1);
        var differences = reconciliation.Sum(r => r.Different.Count);
        var records = reconciliation.Sum(r => r.BuildiumCount);
        return new SurvivalRow(scenario, faults, records, lost, duplicated, differences, clock.Elapsed);
    }

    public static void ShouldHaveSurvived(this SurvivalRow row, IReadOnlyList<KindReconciliation> reconciliation)
    {
        foreach (var r in reconciliation)
        {
            r.LocalCount.ShouldBe(r.BuildiumCount, $"{r.Kind}: one local row per Buildium record");
            r.Agrees.ShouldBeTrue($"{r.Kind}: missing locally [{string.Join(',', r.MissingLocally)}], missing in Buildium [{string.Join(',', r.MissingInBuildium)}], different [{string.Join(',', r.Different)}]");
        }

        row.Lost.ShouldBe(0, row.Scenario + ": lost");
        row.Duplicated.ShouldBe(0, row.Scenario + ": duplicated");
        row.Differences.ShouldBe(0, row.Scenario + ": reconcile differences");
    }
}
