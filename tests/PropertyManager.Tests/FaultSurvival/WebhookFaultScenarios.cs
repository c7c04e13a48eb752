using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Sync.Reconcile;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Webhooks;
using PropertyManager.Web.Buildium;
using Xunit.Abstractions;

namespace PropertyManager.Tests.FaultSurvival;

/// <summary>
/// The zero-configuration app with its built-in emulator sending every webhook five times, each batch in reverse
/// order: each event is stored and processed once, and the local rows end as Buildium's last state.
/// </summary>
[Collection(FaultSurvivalCollection.Name)]
public sealed class WebhookFaultScenarios(FaultSurvivalReport report, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Copies = 5;
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(60);
    private readonly TestDatabase _database = new();
    private WebhookAppFactory _factory = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _factory = new WebhookAppFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = _database.ConnectionString,
            ["Sync:Enabled"] = "false",
            ["Webhooks:PollInterval"] = "00:00:00.200",
            ["Webhooks:CoalesceWindow"] = "00:00:00.050",
            ["Emulator:RateLimit:Enabled"] = "false",
            ["Emulator:Webhooks:Duplicates"] = Copies.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Emulator:Webhooks:OutOfOrder"] = "true",
            ["Emulator:Webhooks:OutOfOrderWindowMs"] = "300",
            ["Emulator:Webhooks:TimeScale"] = "0.001",
        });
        _factory.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Webhooks_duplicated_five_times_and_out_of_order()
    {
        var clock = Stopwatch.StartNew();
        var emulator = _factory.Services.GetRequiredService<EmbeddedEmulator>();
        var store = emulator.Host!.Store;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(new SyncRequest("setup"), null, CancellationToken.None)).Succeeded.ShouldBeTrue();
        }

        var rentalId = store.GetIds("rentals")[0];
        var vendorId = store.GetIds("vendors")[^1];
        // Several changes to the same records in quick succession: delivered newest first, each five times.
        string[] rentalNames = ["Webhook Court A", "Webhook Court B", "Webhook Court C"];
        foreach (var name in rentalNames)
        {
            store.Update("rentals", rentalId, new JsonObject { ["Name"] = name });
            await Task.Delay(20);
        }

        store.Update("vendors", vendorId, new JsonObject { ["CompanyName"] = "Webhook Plumbing 1" });
        store.Update("vendors", vendorId, new JsonObject { ["CompanyName"] = "Webhook Plumbing 2" });
        const int events = 5;

        using var http = new HttpClient { BaseAddress = emulator.Address };
        http.DefaultRequestHeaders.Add("x-buildium-client-id", emulator.Options.ClientId);
        http.DefaultRequestHeaders.Add("x-buildium-client-secret", emulator.Options.ClientSecret);
        JsonArray deliveries = [];
        await EventuallyAsync(async _ =>
        {
            deliveries = (await http.GetFromJsonAsync<JsonArray>("_emulator/webhooks/deliveries"))!;
            return deliveries.Count >= events * Copies;
        });
        var bodies = deliveries.Select(d => Field(d, "Body")).ToList();
        deliveries.ShouldAllBe(d => Field(d, "StatusCode") == "200", "every delivery answered 200, duplicates included");
        var distinct = bodies.Distinct(StringComparer.Ordinal).Count();

        await EventuallyAsync(async db =>
            (await db.Properties.SingleAsync(p => p.BuildiumPropertyId == rentalId)).Name == rentalNames[^1]
            && (await db.Vendors.SingleAsync(v => v.BuildiumVendorId == vendorId)).Name == "Webhook Plumbing 2"
            && await db.WebhookEvents.AllAsync(e => e.Processed == true));

        await using (var db = _database.CreateContext())
        {
            var stored = await db.WebhookEvents.AsNoTracking().ToListAsync();
            stored.Count.ShouldBe(distinct, "one row per distinct event, however often it was delivered");
            stored.ShouldAllBe(e => e.Processed == true && (e.RetryCount ?? 0) == 0 && e.ErrorMessage == null);
            output.WriteLine($"{deliveries.Count} deliveries of {distinct} distinct events; {stored.Count} stored, all processed once");
        }

        IReadOnlyList<KindReconciliation> reconciliation;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            reconciliation = await scope.ServiceProvider.GetRequiredService<Reconciler>().ReconcileAsync(null, CancellationToken.None);
        }

        var row = await Survival.CheckAsync(
            $"webhooks x{Copies}, out of order ({deliveries.Count} deliveries, {distinct} events)", deliveries.Count - distinct, reconciliation, store,
            _database.ConnectionString, [], clock);
        report.Add(row, output);
        row.ShouldHaveSurvived(reconciliation);
    }

    private static string? Field(JsonNode? delivery, string name) =>
        (delivery as JsonObject)?.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value?.ToString();

    private async Task EventuallyAsync(Func<PropertyManager.Data.AppDbContext, Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using (var db = _database.CreateContext())
            {
                if (await condition(db))
                {
                    return;
                }
            }

            clock.Elapsed.ShouldBeLessThan(_patience, "the webhooks never settled");
            await Task.Delay(100);
        }
    }
}
