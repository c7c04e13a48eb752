using System.Runtime.CompilerServices;

namespace PropertyManager.Tests.Infrastructure;

internal static class TestProcessSettings
{
    /// <summary>
    /// Dozens of app hosts start in this one process; each would hold inotify watchers for its configuration files and
    /// wwwroot, and Linux allows a user 128 inotify instances. The tests never edit those files while a host runs.
    /// </summary>
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        // Most tests serve as the test server's superuser for convenience; the app refuses that unless acknowledged.
        // The authorization matrix (Security/AuthorizationMatrixTests) runs that deployment without the acknowledgement.
        Environment.SetEnvironmentVariable("Database__AllowRowSecurityBypass", "true");
    }
}
