using System.CommandLine;
using System.Globalization;
using PropertyManager.Sync.Reconcile;
using PropertyManager.Web.Database;

namespace PropertyManager.Web.Cli;

/// <summary><c>reconcile [--entity KIND]</c>: counts on each side and the ids that differ; exit 0 only when both sides agree.</summary>
public static class ReconcileCommand
{
    private const int IdsShown = 20;

    public static Command Create()
    {
        var entity = new Option<string?>("--entity") { Description = "Only this kind, e.g. property, unit, owner, bill." };
        var command = new Command("reconcile", "Compare the database with Buildium, kind by kind; exit 0 only when both sides agree.");
        command.Options.Add(entity);
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(entity), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? kind, CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build(withBuildium: true);
        var startup = host.Services.GetRequiredService<DatabaseStartup>();
        try
        {
            await startup.PrepareAsync(cancellationToken);
            await host.StartAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var results = await scope.ServiceProvider.GetRequiredService<Reconciler>().ReconcileAsync(kind, cancellationToken);
            await host.StopAsync(CancellationToken.None);
            Print(results);
            return results.All(r => r.Agrees) ? 0 : 1;
        }
        catch (Exception ex) when (DatabaseProblem.Describe(ex, null) is { } problem)
        {
            await Console.Error.WriteLineAsync("reconcile failed: " + problem);
            return 2;
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync("reconcile failed: " + ex.Message);
            return 2;
        }
        finally
        {
            await startup.DisposeAsync();
        }
    }

    private static void Print(IReadOnlyList<KindReconciliation> results)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{"kind",-18} {"buildium",9} {"local",7}  result"));
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(c, $"{r.Kind,-18} {r.BuildiumCount,9} {r.LocalCount,7}  {(r.Agrees ? "agree" : "DIFFER")}"));
            Ids("  missing locally:", r.MissingLocally);
            Ids("  missing in Buildium:", r.MissingInBuildium);
            Ids("  different:", r.Different);
        }

        Console.WriteLine(results.All(r => r.Agrees) ? "Both sides agree." : "The two sides differ: run 'sync --full' to pull Buildium's version.");

        static void Ids(string label, IReadOnlyList<int> ids)
        {
            if (ids.Count > 0)
            {
                var shown = string.Join(", ", ids.Take(IdsShown).Select(i => i.ToString(CultureInfo.InvariantCulture)));
                Console.WriteLine($"{label} {shown}{(ids.Count > IdsShown ? $" ... ({ids.Count} in all)" : "")}");
            }
        }
    }
}
