using PropertyManager.Sync.Runs;
using PropertyManager.Web;
using PropertyManager.Web.Accounts;
using PropertyManager.Web.Buildium;
using PropertyManager.Web.Cli;
using PropertyManager.Web.Database;
using PropertyManager.Web.Health;
using PropertyManager.Web.Logging;
using PropertyManager.Web.Webhooks;

if (CommandLineApp.IsCommand(args))
{
    return await CommandLineApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddAppLogging();
builder.AddPersistence();
builder.AddHealth();
builder.AddBuildiumOrEmulator();
builder.AddSyncEngine();
builder.AddBuildiumWebhooks();
builder.AddAccounts();
builder.AddWeb();

var app = builder.Build();
app.UseWeb();
app.MapBuildiumWebhooks();
app.LogBuildiumTarget();

var database = app.Services.GetRequiredService<DatabaseStartup>();
try
{
    await database.PrepareAsync(app.Lifetime.ApplicationStopping);
    await database.EnsureRowSecurityBindsAsync(app.Lifetime.ApplicationStopping);
    await app.EnsureDemoAdminAsync(app.Lifetime.ApplicationStopping);
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (DatabaseProblem.Describe(ex, app.Configuration.GetConnectionString("Default")) is { } problem)
{
    // One line that says what is wrong and what to do; a stack trace helps nobody here.
    app.Logger.LogCritical("PropertyManager cannot start: {Problem}", problem);
    return 1;
}
finally
{
    await database.DisposeAsync();
}

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
