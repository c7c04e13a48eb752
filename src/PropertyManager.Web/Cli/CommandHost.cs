using PropertyManager.Sync.Runs;
using PropertyManager.Web.Accounts;
using PropertyManager.Web.Buildium;
using PropertyManager.Web.Database;
using PropertyManager.Web.Logging;

namespace PropertyManager.Web.Cli;

/// <summary>The services a CLI verb needs, configured exactly as the web app's (appsettings, environment, user secrets).</summary>
internal static class CommandHost
{
    public static IHost Build(bool withBuildium = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = typeof(CommandHost).Assembly.GetName().Name,
            // appsettings.json sits beside the app, wherever the verb is run from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddAppLogging();
        builder.AddPersistence();
        builder.AddUserAccounts();
        if (withBuildium)
        {
            // A verb runs its own sync; the scheduled worker stays off.
            builder.Configuration["Sync:Enabled"] = "false";
            builder.AddBuildiumOrEmulator();
            builder.AddSyncEngine();
        }

        return builder.Build();
    }
}
