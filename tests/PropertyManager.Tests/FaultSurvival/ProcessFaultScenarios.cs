using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data;
using PropertyManager.Data.Schema;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Web.LocalDatabase;
using Xunit.Abstractions;

namespace PropertyManager.Tests.FaultSurvival;

/// <summary>The process or the database dying under a sync: the next run repairs everything, nothing twice.</summary>
[Collection(FaultSurvivalCollection.Name)]
public sealed class ProcessFaultScenarios(FaultSurvivalReport report, ITestOutputHelper output)
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(60);

    /// <summary>The real app's <c>sync --full</c> killed with SIGKILL while it pulls, then <c>sync</c> and <c>reconcile</c> run again.</summary>
    [Fact]
    public async Task The_app_killed_in_the_middle_of_a_full_sync_and_restarted()
    {
        var clock = Stopwatch.StartNew();
        var database = new TestDatabase();
        await database.InitializeAsync();
        try
        {
            var options = new EmulatorOptions { ClientId = "pm-kill-" + Guid.NewGuid().ToString("N")[..6], ClientSecret = "sk-" + Guid.NewGuid().ToString("N"), SeedSize = "demo" };
            options.RateLimit.Enabled = false;
            await using var emulator = await BuildiumEmulatorHost.StartAsync(options);
            // The in-process side only for setup and for the final reconciliation's numbers; the sync runs in the child.
            await using var inspector = await BuildiumHostFixture.StartAsync(database.ConnectionString, settings: Survival.Settings(), sharedEmulator: emulator);
            (await inspector.SyncAsync(new SyncRequest("setup", Kind: "vendor_category"))).Succeeded.ShouldBeTrue();
            var vendors = await Survival.CreateVendorsAsync(database.ConnectionString, 2, "kill");
            var environment = new Dictionary<string, string?>
            {
                ["ConnectionStrings__Default"] = database.ConnectionString,
                ["Buildium__BaseUrl"] = emulator.BaseAddress.ToString(),
                ["Buildium__ClientId"] = options.ClientId,
                ["Buildium__ClientSecret"] = options.ClientSecret,
                ["Buildium__RequestsPerSecond"] = "1000",
                ["Buildium__Retry__BaseDelay"] = "00:00:00.020",
                ["Sync__Push__RetryBaseDelay"] = "00:00:00",
            };
            // Slow enough that the kill lands in the middle of the pull.
            emulator.Faults.Set(new EmulatorFaultOptions { LatencyMs = 30 });

            await using (var victim = AppProcess.StartVerb(environment, "sync", "--full"))
            {
                await WaitUntilAsync(database, async db => await db.Units.AnyAsync(), () => victim.HasExited, victim);
                await victim.KillHardAsync();
                victim.ExitCode.ShouldNotBe(0);
            }

            emulator.Faults.Clear();
            await using (var db = database.CreateContext())
            {
                output.WriteLine($"killed with {await db.Properties.CountAsync()} properties and {await db.Units.CountAsync()} units written; rentals in Buildium: {emulator.Store.Count("rentals")}");
            }

            var rerun = await RunVerbAsync(environment, "sync");
            rerun.ExitCode.ShouldBe(0, rerun.StdOut + rerun.StdErr);
            var reconcile = await AppProcess.RunAsync(environment, "reconcile");
            reconcile.ExitCode.ShouldBe(0, reconcile.StdOut + reconcile.StdErr);

            var reconciliation = await inspector.ReconcileAsync();
            var row = await Survival.CheckAsync("app killed (kill -9) mid full sync, restarted", 1, reconciliation, emulator.Store, database.ConnectionString, vendors, clock);
            report.Add(row, output);
            row.ShouldHaveSurvived(reconciliation);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>
    /// PostgreSQL restarted (pg_ctl restart -m fast, every session cut) while a full sync runs, on a throwaway cluster
    /// of its own so no other test's database goes away.
    /// </summary>
    [Fact]
    public async Task PostgreSQL_restarted_in_the_middle_of_a_sync()
    {
        var clock = Stopwatch.StartNew();
        await using var cluster = await LocalPostgresCluster.StartThrowawayAsync(CancellationToken.None);
        await using (var admin = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE pm_restart", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = cluster.ConnectionString("pm_restart");
        await SchemaMigrator.MigrateAsync(connectionString, baseline: false, CancellationToken.None);
        await using var app = await BuildiumHostFixture.StartAsync(connectionString, settings: Survival.Settings());
        (await app.SyncAsync()).Succeeded.ShouldBeTrue();
        var vendors = await Survival.CreateVendorsAsync(connectionString, 2, "pgrestart");
        app.Emulator.Faults.Set(new EmulatorFaultOptions { LatencyMs = 30 });
        app.Emulator.Stats.Reset();

        // The complete re-read (children and ledgers under every parent): a plain full run of the demo seed now reads
        // only what changed below its lists, and would end before PostgreSQL could be restarted in its middle.
        var run = Task.Run(() => app.SyncAsync(new SyncRequest("fault-survival", Full: true, Children: true)));
        var waited = Stopwatch.StartNew();
        while (app.Emulator.Stats.TotalRequests < 25 && !run.IsCompleted)
        {
            waited.Elapsed.ShouldBeLessThan(_patience);
            await Task.Delay(20);
        }

        run.IsCompleted.ShouldBeFalse("the run ended before PostgreSQL could be restarted");
        await RestartAsync(cluster);
        string outcome;
        try
        {
            var interrupted = await run;
            outcome = interrupted.Succeeded ? "succeeded" : "failed: " + string.Join(" | ", interrupted.Errors);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or DbUpdateException or TimeoutException)
        {
            outcome = "threw " + ex.GetType().Name + ": " + ex.Message;
        }

        output.WriteLine("run during the restart: " + outcome);
        app.Emulator.Faults.Clear();
        // The very next run, not an eventual one: stale pooled connections to the old server must not fail it.
        var next = await app.SyncAsync(new SyncRequest("fault-survival", Full: true));
        next.Errors.ShouldBeEmpty();
        next.Succeeded.ShouldBeTrue();

        var reconciliation = await app.ReconcileAsync();
        var row = await Survival.CheckAsync("PostgreSQL restarted mid sync", 1, reconciliation, app.Emulator.Store, connectionString, vendors, clock);
        report.Add(row, output);
        NpgsqlConnection.ClearAllPools();
        row.ShouldHaveSurvived(reconciliation);
    }

    private static async Task RestartAsync(LocalPostgresCluster cluster)
    {
        var pgCtl = Path.Combine(PostgresBinaries.FindDirectory()!, "pg_ctl");
        // pg_ctl restart reuses the server's command line (port, socket directory) from postmaster.opts.
        string[] args = ["restart", "-D", cluster.DataDirectory, "-l", cluster.LogFile, "-m", "fast", "-w", "-t", "60"];
        var start = Environment.IsPrivilegedProcess ? new ProcessStartInfo("runuser") : new ProcessStartInfo(pgCtl);
        if (Environment.IsPrivilegedProcess)
        {
            // PostgreSQL refuses to run as root; the throwaway cluster belongs to the postgres OS user then.
            foreach (var arg in (string[])["-u", "postgres", "--", pgCtl])
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, await stdout + await stderr);
    }

    /// <summary>A verb run again while the killed run's session may still hold the advisory lock: skipped (3) is retried.</summary>
    private static async Task<(int ExitCode, string StdOut, string StdErr)> RunVerbAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await AppProcess.RunAsync(environment, args);
            if (result.ExitCode != 3 || attempt == 5)
            {
                return result;
            }

            await Task.Delay(1000);
        }
    }

    private static async Task WaitUntilAsync(TestDatabase database, Func<AppDbContext, Task<bool>> condition, Func<bool> gaveUp, AppProcess process)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using (var db = database.CreateContext())
            {
                if (await condition(db))
                {
                    return;
                }
            }

            gaveUp().ShouldBeFalse("the sync ended before it could be killed:\n" + process.Output);
            clock.Elapsed.ShouldBeLessThan(_patience, "the sync never got going:\n" + process.Output);
            await Task.Delay(20);
        }
    }
}
