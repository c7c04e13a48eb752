using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using PropertyManager.Buildium;
using PropertyManager.Buildium.ApiLog;
using PropertyManager.Sync.Runs;
using PropertyManager.Web.Database;

namespace PropertyManager.Web.Cli;

/// <summary><c>sync [--full [--children]] [--entity KIND [--id ID]]</c>: one sync run now, with a per-kind summary.</summary>
public static class SyncCommand
{
    public static Command Create()
    {
        var full = new Option<bool>("--full") { Description = "Re-read every record of every kind (not only changes), repairing local drift." };
        var entity = new Option<string?>("--entity") { Description = "Only this kind, e.g. property, unit, owner, lease, bill, task, work_order." };
        var id = new Option<int?>("--id") { Description = "With --entity: only this Buildium id." };
        var children = new Option<bool>("--children")
        {
            Description = "With --full: re-read every parent's children (payments, task history, files), not only those of parents Buildium changed.",
        };
        var command = new Command("sync", "Pull changes from Buildium into the database now (incremental unless --full), and print what changed.");
        command.Options.Add(full);
        command.Options.Add(entity);
        command.Options.Add(id);
        command.Options.Add(children);
        command.Validators.Add(result =>
        {
            if (result.GetValue(id) is not null && result.GetValue(entity) is null)
            {
                result.AddError("--id needs --entity: say which kind the id belongs to.");
            }

            if (result.GetValue(children) && !result.GetValue(full))
            {
                result.AddError("--children needs --full: an incremental run reads the children of changed parents only.");
            }
        });
        command.SetAction((parse, cancellationToken) =>
            RunAsync(new SyncRequest("cli", parse.GetValue(full), parse.GetValue(entity), parse.GetValue(id), Children: parse.GetValue(children)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(SyncRequest request, CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build(withBuildium: true);
        var startup = host.Services.GetRequiredService<DatabaseStartup>();
        try
        {
            await startup.PrepareAsync(cancellationToken);
            await host.StartAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var progress = new SyncProgress(host.Services.GetRequiredService<BuildiumCallCounter>(), TimeProvider.System);
            progress.Start(request);
            using var stopEta = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var eta = PrintEtaAsync(progress, host.Services.GetRequiredService<IOptions<BuildiumOptions>>().Value.PageSize, stopEta.Token);
            SyncRunReport report;
            try
            {
                report = await scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(request, progress, cancellationToken);
            }
            finally
            {
                await stopEta.CancelAsync();
                await eta;
            }

            await host.StopAsync(CancellationToken.None);
            if (report.Skipped)
            {
                await Console.Error.WriteLineAsync("sync skipped: another instance is syncing this database right now.");
                return 3;
            }

            Print(report);
            return report.Succeeded ? 0 : 1;
        }
        catch (Exception ex) when (DatabaseProblem.Describe(ex, null) is { } problem)
        {
            await Console.Error.WriteLineAsync("sync failed: " + problem);
            return 1;
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync("sync failed: " + ex.Message);
            return 2;
        }
        finally
        {
            await startup.DisposeAsync();
        }
    }

    /// <summary>Every ten seconds on stderr (stdout keeps the summary): calls done and left, time left at the measured rate.</summary>
    private static async Task PrintEtaAsync(SyncProgress progress, int pageSize, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (progress.Eta(pageSize) is { } eta)
                {
                    var left = eta.TimeLeft is { } time ? $", about {time:hh\\:mm\\:ss} left at {eta.CallsPerSecond:F1} calls/s" : "";
                    await Console.Error.WriteLineAsync(string.Create(
                        CultureInfo.InvariantCulture, $"sync: {eta.CallsDone:N0} Buildium calls done, {eta.TotalCallsLeft:N0} left{left}"));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended.
        }
    }

    private static void Print(SyncRunReport report)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{"kind",-18} {"pushed",7} {"read",8} {"created",8} {"updated",8} {"unchanged",10} {"inactive",9} {"failed",7} {"seconds",8}"));
        foreach (var (kind, n) in report.Kinds)
        {
            Console.WriteLine(string.Create(c, $"{kind,-18} {n.Pushed,7} {n.Read,8} {n.Created,8} {n.Updated,8} {n.Unchanged,10} {n.Deactivated,9} {n.Failed,7} {n.Seconds,8:F1}"));
        }

        foreach (var (kind, n) in report.Kinds.Where(k => k.Value.Skipped is not null))
        {
            Console.WriteLine($"{kind} not read: {n.Skipped}");
        }

        foreach (var (kind, n) in report.Kinds.Where(k => k.Value.Note is not null))
        {
            Console.WriteLine($"{kind}: {n.Note}");
        }

        Console.WriteLine(string.Create(c, $"run {report.RunId}: {(report.Succeeded ? "succeeded" : "failed")}, {report.ApiCalls} Buildium API calls"));
        foreach (var error in report.Errors)
        {
            Console.Error.WriteLine(error);
        }
    }
}
