using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Webhooks;
using PropertyManager.Web.Database;

namespace PropertyManager.Web.Cli;

/// <summary><c>webhooks list [--failed]</c> and <c>webhooks replay ID</c>: look at stored Buildium events and process one again.</summary>
public static class WebhooksCommand
{
    public static Command Create()
    {
        var failed = new Option<bool>("--failed") { Description = "Only events whose processing failed (retrying or given up)." };
        var limit = new Option<int>("--limit") { Description = "How many events, newest first.", DefaultValueFactory = _ => 50 };
        var list = new Command("list", "List stored webhook events, newest first, with their processing state.");
        list.Options.Add(failed);
        list.Options.Add(limit);
        list.SetAction((parse, cancellationToken) => ListAsync(parse.GetValue(failed), parse.GetValue(limit), cancellationToken));

        var id = new Argument<string>("ID") { Description = "The event's id (a UUID) or its event_id hash." };
        var replay = new Command("replay", "Process a stored event again now, with a fresh retry budget (e.g. one that failed for good).");
        replay.Arguments.Add(id);
        replay.SetAction((parse, cancellationToken) => ReplayAsync(parse.GetValue(id)!, cancellationToken));

        return new Command("webhooks", "Stored Buildium webhook events: list them, replay one.") { list, replay };
    }

    private static async Task<int> ListAsync(bool failedOnly, int limit, CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build();
        var startup = host.Services.GetRequiredService<DatabaseStartup>();
        try
        {
            await startup.PrepareAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var query = db.WebhookEvents.AsNoTracking();
            if (failedOnly)
            {
                query = query.Where(e => e.Processed != true && e.RetryCount > 0);
            }

            var events = await query.OrderByDescending(e => e.CreatedAt).Take(Math.Max(1, limit)).ToListAsync(cancellationToken);
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"{"id",-36}  {"received (UTC)",-19}  {"event",-24}  {"state",-14}  error"));
            foreach (var e in events)
            {
                Console.WriteLine(string.Create(c, $"{e.Id,-36}  {e.CreatedAt?.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {e.EventType,-24}  {State(e),-14}  {e.ErrorMessage}"));
            }

            return 0;
        }
        catch (Exception ex) when (DatabaseProblem.Describe(ex, null) is { } problem)
        {
            await Console.Error.WriteLineAsync("webhooks list failed: " + problem);
            return 1;
        }
        finally
        {
            await startup.DisposeAsync();
        }
    }

    private static async Task<int> ReplayAsync(string id, CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build(withBuildium: true);
        var startup = host.Services.GetRequiredService<DatabaseStartup>();
        try
        {
            await startup.PrepareAsync(cancellationToken);
            await host.StartAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            // The verb's host has the sync engine but not the background processor: build the processor here.
            var settings = host.Services.GetRequiredService<IConfiguration>().GetSection(WebhookProcessorOptions.SectionName).Get<WebhookProcessorOptions>()
                ?? new WebhookProcessorOptions();
            var processor = ActivatorUtilities.CreateInstance<WebhookEventProcessor>(scope.ServiceProvider, Options.Create(settings));
            var rowId = await processor.ReplayAsync(id, cancellationToken);
            await host.StopAsync(CancellationToken.None);
            if (rowId is null)
            {
                await Console.Error.WriteLineAsync($"webhooks replay: no event with id or event_id '{id}'.");
                return 2;
            }

            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var stored = await db.WebhookEvents.AsNoTracking().SingleAsync(e => e.Id == rowId, cancellationToken);
            Console.WriteLine($"{stored.Id} {stored.EventType}: {State(stored)}{(stored.ErrorMessage is { } error ? " - " + error : "")}");
            return stored.Processed == true ? 0 : 1;
        }
        catch (Exception ex) when (DatabaseProblem.Describe(ex, null) is { } problem)
        {
            await Console.Error.WriteLineAsync("webhooks replay failed: " + problem);
            return 1;
        }
        finally
        {
            await startup.DisposeAsync();
        }
    }

    private static string State(BuildiumWebhookEvent e) => e switch
    {
        { Processed: true } => "processed",
        { RetryCount: > 0 } when e.RetryCount >= e.MaxRetries => "failed",
        { RetryCount: > 0 } => $"retrying {e.RetryCount}/{e.MaxRetries}",
        _ => "pending",
    };
}
