using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web;

/// <summary>
/// The emulator's demo portfolio pulled into a fresh database, and the web app on it with an admin signed in: every
/// edit form then starts from a record Buildium holds, so its fields are a value Buildium accepts.
/// </summary>
public sealed class BuildiumFormsFixture : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public BuildiumHostFixture Buildium { get; private set; } = null!;

    public WebAppFactory Web { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Buildium = await BuildiumHostFixture.StartAsync(Database.ConnectionString);
        (await Buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        Web = new WebAppFactory(Database.ConnectionString);
        Web.StartServer();
        Client = await Web.CreateSignedInClientAsync(Roles.Admin);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Web.DisposeAsync();
        await Buildium.DisposeAsync();
        await Database.DisposeAsync();
    }
}
