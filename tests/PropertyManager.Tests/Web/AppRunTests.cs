using System.Net;
using System.Text.RegularExpressions;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web;

/// <summary>The app as a newcomer starts it: a real process, with and without configuration.</summary>
public sealed partial class AppRunTests
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
            string password;
            await using (var app = await AppProcess.StartWebAsync(environment))
            {
                using var client = Browser(app.BaseAddress);
                (await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative))).ShouldBe("Healthy");
                app.Output.ShouldContain("Applied migrations");
                app.Output.ShouldContain("using the built-in Buildium emulator");

                // No user yet: a demo administrator, its password printed once, and nothing but the login page without it.
                password = DemoPassword().Match(app.Output).Groups[1].Value;
                password.ShouldNotBeEmpty(app.Output);
                app.Output.ShouldContain("admin@propertymanager.local");
                Regex.Count(app.Output, Regex.Escape(password)).ShouldBe(1, "printed once, never logged");
                (await client.GetAsync(new Uri("/Properties", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
                (await WebAppFactory.SignInAsync(client, "admin@propertymanager.local", password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
                (await client.GetAsync(new Uri("/Properties", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

                // The built-in emulator's address and keys are printed too, and its API answers them as the curl line shows.
                var emulator = new Uri(EmulatorLine().Match(app.Output).Groups["address"].Value);
                var clientId = EmulatorLine().Match(app.Output).Groups["id"].Value;
                var secret = EmulatorLine().Match(app.Output).Groups["secret"].Value;
                secret.ShouldNotBeEmpty(app.Output);
                app.Output.ShouldContain($"curl -H 'x-buildium-client-id: {clientId}' -H 'x-buildium-client-secret: {secret}'");
                using (var buildium = new HttpClient())
                using (var request = new HttpRequestMessage(HttpMethod.Get, new Uri(emulator, "v1/rentals?limit=1")))
                {
                    request.Headers.Add("x-buildium-client-id", clientId);
                    request.Headers.Add("x-buildium-client-secret", secret);
                    (await buildium.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);
                }

                await app.StopAsync();
                app.ExitCode.ShouldBe(0, app.Output);
            }

            // Second run: the same data directory is reused, nothing left to migrate, no new administrator.
            await using (var again = await AppProcess.StartWebAsync(environment))
            {
                using var client = Browser(again.BaseAddress);
                (await WebAppFactory.SignInAsync(client, "admin@propertymanager.local", password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
                (await client.GetAsync(new Uri("/Properties", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
                again.Output.ShouldNotContain("Applied migrations");
                again.Output.ShouldNotContain("Demo administrator");
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
            result.StdOut.ShouldContain($"missing {KnownMigrations.Count} migration(s)");
            result.StdOut.ShouldContain("-- migrate");
            result.StdOut.ShouldNotContain("   at ");
        }
        finally
        {
            await server.DropDatabaseAsync(name);
        }
    }

    private static HttpClient Browser(Uri address) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address };

    [GeneratedRegex(@"address: +(?<address>http\S+)\s+client id: +(?<id>\S+)\s+client secret: +(?<secret>\S+)")]
    private static partial Regex EmulatorLine();

    [GeneratedRegex(@"password: (\S+)")]
    private static partial Regex DemoPassword();
}
