using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;
using PropertyManager.Web.Accounts;

namespace PropertyManager.Tests.Accounts;

/// <summary>Signing in and out, lockout, redirects and roles, through the real login form on Kestrel.</summary>
public sealed class AccountTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/Properties")]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Users/Create")]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page_with_the_address_to_come_back_to(string path)
    {
        using var client = _factory.CreateBrowser();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.ShouldBe("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(path));
    }

    [Fact]
    public async Task Health_the_login_page_static_files_and_the_webhook_stay_anonymous()
    {
        using var client = _factory.CreateBrowser();

        (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/Account/Login", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/css/site.css", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        // Its own signature check answers, not a login redirect.
        (await client.PostAsync(new Uri("/webhooks/buildium", UriKind.Relative), body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_user_signs_in_with_any_casing_of_the_email_sees_their_name_and_signs_out()
    {
        var user = await _factory.CreateUserAsync(Roles.Viewer, email: $"Pat.Lee-{Guid.NewGuid():N}@Example.test");
        using var client = _factory.CreateBrowser();

        var signedIn = await WebAppFactory.SignInAsync(client, user.Email!.ToUpperInvariant(), WebAppFactory.Password);

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.OriginalString.ShouldBe("/");
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pm.auth=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
        cookie.ShouldNotContain("expires", Case.Insensitive, "without 'keep me signed in' the cookie ends with the browser session");

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        home.ShouldContain(user.Email);
        home.ShouldContain("Sign out");
        home.ShouldNotContain("/Admin/Users", Case.Sensitive, "the Admin menu is hidden from a viewer");

        var signedOut = await Forms.PostAsync(client, "/Account/Logout", new Dictionary<string, string>(), formPage: "/");
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Keep_me_signed_in_makes_a_persistent_cookie()
    {
        var user = await _factory.CreateUserAsync(Roles.Viewer);
        using var client = _factory.CreateBrowser();

        var signedIn = await WebAppFactory.SignInAsync(client, user.Email!, WebAppFactory.Password, rememberMe: true);

        signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pm.auth=", StringComparison.Ordinal)).ShouldContain("expires", Case.Insensitive);
    }

    [Fact]
    public async Task Five_wrong_passwords_throttle_that_address_for_that_account_but_never_lock_the_account()
    {
        await using var factory = new WebAppFactory(database.ConnectionString, new Dictionary<string, string?> { ["Proxy:KnownProxies:0"] = "127.0.0.1" });
        var user = await factory.CreateUserAsync(Roles.Admin);
        using var guesser = factory.CreateBrowser();
        guesser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        for (var attempt = 1; attempt <= SignInThrottle.MaxFailures; attempt++)
        {
            var wrong = await WebAppFactory.SignInAsync(guesser, user.Email!, "Not-the-password-1");
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK, "the form comes back with a message");
            (await wrong.Content.ReadAsStringAsync()).ShouldContain(PasswordSignIn.RefusedMessage, Case.Sensitive, $"attempt {attempt}");
        }

        var guessedRight = await WebAppFactory.SignInAsync(guesser, user.Email!, WebAppFactory.Password);
        guessedRight.StatusCode.ShouldBe(HttpStatusCode.OK, "the guessing address is throttled even with the right password");
        (await guessedRight.Content.ReadAsStringAsync()).ShouldContain(PasswordSignIn.RefusedMessage);

        using var owner = factory.CreateBrowser();
        owner.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.20");
        (await WebAppFactory.SignInAsync(owner, user.Email!, WebAppFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the admin still signs in from their own address");

        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(user.Id.ToString());
        stored!.LockoutEnd.ShouldBeNull("anonymous failures never lock an account");
    }

    [Fact]
    public async Task Unknown_wrong_and_disabled_sign_ins_get_the_same_answer_as_a_throttled_one()
    {
        var user = await _factory.CreateUserAsync(Roles.Manager);
        var disabled = await _factory.CreateUserAsync(Roles.Manager);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            (await accounts.DisableAsync((await accounts.FindByIdAsync(disabled.Id))!, CancellationToken.None)).Succeeded.ShouldBeTrue();
        }

        using var client = _factory.CreateBrowser();
        var answers = new Dictionary<string, string>
        {
            ["unknown"] = await RefusalAsync(client, $"nobody-{Guid.NewGuid():N}@example.test", WebAppFactory.Password),
            ["wrong password"] = await RefusalAsync(client, user.Email!, "Not-the-password-1"),
            ["disabled"] = await RefusalAsync(client, disabled.Email!, WebAppFactory.Password),
        };

        answers.Values.ShouldAllBe(a => a == PasswordSignIn.RefusedMessage, string.Join("; ", answers.Select(a => $"{a.Key}: {a.Value}")));
    }

    /// <summary>The text of the login page's error summary after a refused sign-in.</summary>
    private static async Task<string> RefusalAsync(HttpClient client, string email, string password)
    {
        var response = await WebAppFactory.SignInAsync(client, email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var summary = System.Text.RegularExpressions.Regex.Match(html, "validation-summary-errors[^>]*>\\s*<ul>\\s*<li>([^<]*)</li>");
        summary.Success.ShouldBeTrue(html);
        return System.Net.WebUtility.HtmlDecode(summary.Groups[1].Value);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_address_off_this_site_is_ignored_after_signing_in(string returnUrl)
    {
        var user = await _factory.CreateUserAsync(Roles.Viewer);
        using var client = _factory.CreateBrowser();

        var response = await WebAppFactory.SignInAsync(client, user.Email!, WebAppFactory.Password, returnUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task A_local_return_address_is_followed_after_signing_in()
    {
        var user = await _factory.CreateUserAsync(Roles.Viewer);
        using var client = _factory.CreateBrowser();

        var response = await WebAppFactory.SignInAsync(client, user.Email!, WebAppFactory.Password, "/Properties?search=harbor");

        response.Headers.Location!.OriginalString.ShouldBe("/Properties?search=harbor");
    }

    [Theory]
    [InlineData(Roles.Viewer, "/Admin/Users/Create")]
    [InlineData(Roles.Manager, "/Admin/Users")]
    [InlineData(Roles.Manager, "/Admin/Users/Create")]
    public async Task A_role_without_the_policy_gets_the_access_denied_page_with_403(string role, string path)
    {
        using var client = await _factory.CreateSignedInClientAsync(role);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        var denied = await client.GetAsync(response.Headers.Location);
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await denied.Content.ReadAsStringAsync()).ShouldContain("Not allowed");
    }

    [Fact]
    public async Task A_viewer_reads_pages()
    {
        using var client = await _factory.CreateSignedInClientAsync(Roles.Viewer);

        (await client.GetAsync(new Uri("/Properties", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_sign_in_cookie_survives_a_restart_because_the_keys_are_in_the_database()
    {
        var user = await _factory.CreateUserAsync(Roles.Viewer);
        using var client = _factory.CreateBrowser();
        var signedIn = await WebAppFactory.SignInAsync(client, user.Email!, WebAppFactory.Password);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pm.auth=", StringComparison.Ordinal)).Split(';')[0];

        // Another instance (as after a restart, or behind a load balancer) on the same database.
        await using var other = new WebAppFactory(database.ConnectionString);
        other.StartServer();
        using var otherClient = other.CreateBrowser();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Properties", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);

        (await otherClient.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await database.ExecuteScalarAsync<long>("SELECT count(*) FROM identity.data_protection_keys")).ShouldBeGreaterThan(0);
    }
}
