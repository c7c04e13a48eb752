using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using PropertyManager.Buildium;
using PropertyManager.Buildium.ApiLog;
using PropertyManager.Data;
using PropertyManager.Data.Sensitive;
using PropertyManager.Sync;
using PropertyManager.Sync.Runs;

namespace PropertyManager.Bench.Worker;

/// <summary>
/// The child process that runs the syncs being measured, wired as the app wires its sync (<c>AddBuildium</c>,
/// <c>AddSyncEngine</c>, the PostgreSQL call log), so that its working set is the sync's alone: the emulator and the
/// orchestrator live in other processes. It reads a <see cref="WorkerSetup"/> line, then one <see cref="WorkerCommand"/>
/// per line until stdin closes, answering each with a <see cref="WorkerResult"/> line.
/// </summary>
internal static class SyncWorker
{
    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var setup = Read<WorkerSetup>(await Console.In.ReadLineAsync(cancellationToken));
        using var host = BuildHost(setup);
        await host.StartAsync(cancellationToken);
        while (await Console.In.ReadLineAsync(cancellationToken) is { Length: > 0 } line)
        {
            var result = await RunCommandAsync(host, Read<WorkerCommand>(line), cancellationToken);
            await Console.Out.WriteLineAsync(WorkerResult.LinePrefix + JsonSerializer.Serialize(result, BenchJson.Options));
            await Console.Out.FlushAsync(cancellationToken);
        }

        // Stopping flushes the API call log, as the app does when it shuts down; it is not part of any measured time.
        await host.StopAsync(CancellationToken.None);
        return 0;
    }

    private static IHost BuildHost(WorkerSetup setup)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Buildium:BaseUrl"] = setup.BaseUrl,
            ["Buildium:ClientId"] = setup.ClientId,
            ["Buildium:ClientSecret"] = setup.ClientSecret,
            ["Buildium:RequestsPerSecond"] = setup.RequestsPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Buildium:MaxConcurrentRequests"] = setup.MaxConcurrentRequests.ToString(CultureInfo.InvariantCulture),
            // The scheduled sync would start a run of its own at host start and hold the sync lock; the CLI turns it off too.
            ["Sync:Enabled"] = "false",
        });
        // Warnings and errors only, on stderr: stdout carries the results.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // The app's encryption of tax ids and bank numbers, with a key ring of this process: the cost is the same.
        SensitiveData.TryConfigure(new DataProtectionSensitiveDataProtector(new EphemeralDataProtectionProvider()));
        builder.Services.AddDbContext<AppDbContext>(o => AppDbContextOptions.Configure(o, setup.ConnectionString));
        builder.AddBuildium();
        builder.AddSyncEngine();
        return builder.Build();
    }

    private static async Task<WorkerResult> RunCommandAsync(IHost host, WorkerCommand command, CancellationToken cancellationToken)
    {
        IReadOnlyList<SyncRequest> requests = command.Mode switch
        {
            "full" or "first-sync" => [new SyncRequest("bench", Full: true)],
            "incremental" => [new SyncRequest("bench")],
            "entities" => [.. (command.Kinds ?? []).Select(k => new SyncRequest("bench", Kind: k))],
            _ => throw new ArgumentException($"Unknown worker mode '{command.Mode}'.", nameof(command)),
        };

        var calls = host.Services.GetRequiredService<BuildiumCallCounter>();
        var callsBefore = calls.Attempts;
        var limiterBoundBefore = calls.LimiterBound;
        var baseline = MemoryProbe.WorkingSetMb();
        var timer = new KindTimer();
        var errors = new List<string>();
        var succeeded = true;
        var stopwatch = Stopwatch.StartNew();
        EtaSampler? sampler = null;
        foreach (var request in requests)
        {
            // A scope per run, as the scheduled worker and the CLI verb create one.
            await using var scope = host.Services.CreateAsyncScope();
            timer.BeginRun();
            SyncRunReport report;
            if (command.Mode == "first-sync")
            {
                sampler = new EtaSampler(timer, calls, host.Services.GetRequiredService<IOptions<BuildiumOptions>>().Value.PageSize);
                var run = scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(request, sampler, cancellationToken);
                await sampler.SampleUntilAsync(run, cancellationToken);
                report = await run;
            }
            else
            {
                report = await scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(request, timer, cancellationToken);
            }

            succeeded &= report.Succeeded && !report.Skipped;
            errors.AddRange(report.Errors);
            if (report.Skipped)
            {
                errors.Add($"{request.Mode} run skipped: another sync held the database's sync lock.");
            }
        }

        stopwatch.Stop();
        var peak = timer.Kinds.Count == 0 ? MemoryProbe.PeakWorkingSetMb() : timer.Kinds.Max(k => k.PeakWorkingSetMb);
        var heap = MemoryProbe.ManagedHeapAfterFullGcMb();
        return new WorkerResult(
            succeeded, stopwatch.Elapsed.TotalSeconds, calls.Attempts - callsBefore, errors, timer.Kinds,
            baseline, peak, MemoryProbe.WorkingSetMb(), heap, timer.PeakIsPerKind, GCSettings.IsServerGC)
        {
            LimiterBoundSeconds = (calls.LimiterBound - limiterBoundBefore).TotalSeconds,
            ListsDone = sampler?.ListsDone,
            EtaSamples = sampler?.Samples ?? [],
        };
    }

    private static T Read<T>(string? line) =>
        JsonSerializer.Deserialize<T>(line ?? throw new InvalidOperationException("The worker's stdin closed before its setup line."), BenchJson.Options)
        ?? throw new InvalidOperationException($"The worker could not read a {typeof(T).Name} from: {line}");
}
