using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Data;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Web.Buildium;

namespace PropertyManager.Tests.Webhooks;

/// <summary>
/// The zero-configuration app (built-in emulator, background processor on): a change made in the emulator is sent
/// as a signed webhook to the app's own endpoint, stored, processed, and the local row follows. Nothing is called
/// by the test except the emulator's store.
/// </summary>
public sealed class WebhookEndToEndTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(30);
    private WebhookAppFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new WebhookAppFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Sync:Enabled"] = "false",
            ["Webhooks:PollInterval"] = "00:00:00.250",
            ["Webhooks:CoalesceWindow"] = "00:00:00.050",
        });
        _factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_record_changed_in_the_emulator_reaches_the_local_row_through_its_webhook()
    {
        var emulator = _factory.Services.GetRequiredService<EmbeddedEmulator>();
        emulator.Options.Webhooks.Url.ShouldEndWith("/webhooks/buildium");
        var store = emulator.Host!.Store;
        var rentalId = store.GetIds("rentals")[0];
        var vendorId = store.GetIds("vendors")[^1];

        store.Update("rentals", rentalId, new JsonObject { ["Name"] = "Renamed through a webhook" });
        store.Update("vendors", vendorId, new JsonObject { ["CompanyName"] = "About To Go" });

        await EventuallyAsync(async db => (await db.Properties.SingleOrDefaultAsync(p => p.BuildiumPropertyId == rentalId))?.Name == "Renamed through a webhook");
        await EventuallyAsync(async db => (await db.Vendors.SingleOrDefaultAsync(v => v.BuildiumVendorId == vendorId))?.IsActive == true);

        store.Delete("vendors", vendorId).ShouldBeTrue();

        await EventuallyAsync(async db => (await db.Vendors.SingleAsync(v => v.BuildiumVendorId == vendorId)).IsActive == false);
        await using var check = database.CreateContext();
        var events = await check.WebhookEvents.AsNoTracking().ToListAsync();
        events.Select(e => e.EventType).Order().ShouldBe(["Rental.Updated", "Vendor.Deleted", "Vendor.Updated"]);
        events.ShouldAllBe(e => e.Processed == true);
    }

    private async Task EventuallyAsync(Func<AppDbContext, Task<bool>> condition)
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

            clock.Elapsed.ShouldBeLessThan(_patience, "the webhook never reached the local row");
            await Task.Delay(100);
        }
    }
}
