using System.Net;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web;

/// <summary>The app as a newcomer starts it: a real process, with and without configuration.</summary>
public sealed class AppRunTests
{
    [Fact]
    public async Task With_no_configuration_it_starts_its_own_postgres_migrates_and_serves_properties_across_restarts()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pm-zero-config-" + Guid.NewGuid().ToString("N")[..8]);
        var environment = new Dictionary<string, string?>
        {
            ["Database__LocalDirectory"] = directory,
            ["Database__LocalPort"] = "0",
        };
        try
        {
            await using (var app = await AppProcess.StartWebAsync(environment))
            {
                using var client = new HttpClient { BaseAddress = app.BaseAddress };
                (await client.GetAsync(new Uri("/Properties", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
                (await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative))).ShouldBe("Healthy");
                app.Output.ShouldContain("Applied migrations");
                app.Output.ShouldContain("using the built-in Buildium emulator");
                await app.StopAsync();
                app.ExitCode.ShouldBe(0, app.Output);
            }

            // Second run: the same data directory is reused, nothing left to migrate.
            await using (var again = await AppProcess.StartWebAsync(environment))
            {
                using var client = new HttpClient { BaseAddress = again.BaseAddress };
                (await client.GetAsync(new Uri("/Properties", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
                again.Output.ShouldNotContain("Applied migrations");
            }
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task It_refuses_to_start_on_a_database_that_needs_migrating_and_says_what_to_run()
    {
        var server = await PostgresServer.InstanceAsync();
        var name = await server.CreateDatabaseAsync(migrated: false);
        try
        {
            var result = await AppProcess.RunAsync(
                new Dictionary<string, string?> { ["ConnectionStrings__Default"] = server.ConnectionString(name), ["ASPNETCORE_ENVIRONMENT"] = "Production" },
                "--urls", "http://127.0.0.1:0");

            result.ExitCode.ShouldBe(1);
            result.StdOut.ShouldContain("missing 4 migration(s)");
            result.StdOut.ShouldContain("-- migrate");
            result.StdOut.ShouldNotContain("   at ");
        }
        finally
        {
            await server.DropDatabaseAsync(name);
        }
    }
}
