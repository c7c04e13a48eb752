using Microsoft.EntityFrameworkCore;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages.Admin;

/// <summary>
/// The app as a newcomer's demo runs it: no Buildium credentials, so it hosts the built-in emulator (rate limit and
/// webhooks on), with the sync worker and the webhook processor on. Ready once the first sync run has ended.
/// </summary>
public sealed class DemoModeApp : IAsyncLifetime
{
    private WebAppFactory? _factory;

    public TestDatabase Database { get; } = new();
    public Uri BaseAddress => _factory?.ClientOptions.BaseAddress ?? throw new InvalidOperationException("Not started.");
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        _factory = new WebAppFactory(Database.ConnectionString, new Dictionary<string, string?>
        {
            ["Sync:Enabled"] = "true",
            // One scheduled run at start; after that the webhooks bring the changes, as they do in a demo.
            ["Sync:Interval"] = "02:00:00",
        });
        _factory.StartServer();

        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            await using var db = Database.CreateContext();
            if (await db.SyncRuns.AnyAsync(r => r.Trigger == "schedule" && r.FinishedAt != null))
            {
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The first sync run against the built-in emulator did not finish within three minutes.");
            }

            await Task.Delay(250);
        }
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}
