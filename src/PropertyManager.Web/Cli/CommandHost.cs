using PropertyManager.Web.Database;
using PropertyManager.Web.Logging;

namespace PropertyManager.Web.Cli;

/// <summary>The services a CLI verb needs, configured exactly as the web app's (appsettings, environment, user secrets).</summary>
internal static class CommandHost
{
    public static IHost Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = typeof(CommandHost).Assembly.GetName().Name,
        });
        builder.AddAppLogging();
        builder.AddPersistence();
        return builder.Build();
    }
}
