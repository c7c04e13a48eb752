using System.Net;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;

namespace PropertyManager.Tests.Security;

/// <summary>
/// Behind a TLS-terminating proxy: forwarded headers are believed from the configured proxies only, so cookies are
/// Secure, HSTS is sent and the sign-in limit counts each client's address, not the proxy's.
/// </summary>
public sealed class ProxyTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Behind_a_known_proxy_https_gives_a_secure_cookie_and_hsts()
    {
        await using var factory = new WebAppFactory(database.ConnectionString, new Dictionary<string, string?> { ["Proxy:KnownProxies:0"] = "127.0.0.1" });
        var user = await factory.CreateUserAsync(Roles.Viewer);
        using var client = ThroughProxy(factory, "198.51.100.4", "https");

        var signedIn = await WebAppFactory.SignInAsync(client, user.Email!, WebAppFactory.Password);

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pm.auth=", StringComparison.Ordinal)).ShouldContain("secure", Case.Insensitive);
        // The client's cookie jar keeps a Secure cookie off this plain-HTTP hop, so HSTS is read on the login page.
        var page = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_else_are_ignored()
    {
        // No proxy configured: a client claiming HTTPS and another address is not believed.
        await using var factory = new WebAppFactory(database.ConnectionString);
        var user = await factory.CreateUserAsync(Roles.Viewer);
        using var client = ThroughProxy(factory, "198.51.100.4", "https");

        var signedIn = await WebAppFactory.SignInAsync(client, user.Email!, WebAppFactory.Password);

        signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pm.auth=", StringComparison.Ordinal)).ShouldNotContain("secure", Case.Insensitive);
        (await client.GetAsync(new Uri("/Account/Login", UriKind.Relative))).Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task The_sign_in_limit_counts_each_client_behind_the_proxy_on_its_own()
    {
        await using var factory = new WebAppFactory(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Proxy:KnownProxies:0"] = "127.0.0.1",
            ["Security:LoginAttemptsPerMinute"] = "3",
        });
        var admin = await factory.CreateUserAsync(Roles.Admin);
        using var guesser = ThroughProxy(factory, "203.0.113.9", "https");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await WebAppFactory.SignInAsync(guesser, "nobody@example.test", "Wrong-password-" + i)).StatusCode);
        }

        statuses.ShouldContain(HttpStatusCode.TooManyRequests, string.Join(", ", statuses));
        using var adminClient = ThroughProxy(factory, "198.51.100.20", "https");
        (await WebAppFactory.SignInAsync(adminClient, admin.Email!, WebAppFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect,
            "another client behind the same proxy is not limited by the guesser's attempts");
    }

    /// <summary>A client whose requests carry what a TLS-terminating proxy adds; the Host is a real name (HSTS skips localhost).</summary>
    private static HttpClient ThroughProxy(WebAppFactory factory, string clientAddress, string scheme)
    {
        var client = factory.CreateBrowser();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
        client.DefaultRequestHeaders.Host = "pm.example.test";
        return client;
    }
}
