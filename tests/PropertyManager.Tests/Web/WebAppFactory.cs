using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Data.Accounts;

namespace PropertyManager.Tests.Web;

/// <summary>The web app on real Kestrel over loopback, against a test database.</summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The password of every user <see cref="CreateUserAsync"/> makes unless told otherwise.</summary>
    public const string Password = "Correct-Horse-42-battery";

    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public WebAppFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _connectionString = connectionString;
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Default", _connectionString);
        // Pages are tested on the rows each test writes; the scheduled sync would add the demo portfolio.
        builder.UseSetting("Sync:Enabled", "false");
        // A disabled user's cookie is refused on the very next request, not a minute later.
        builder.UseSetting("Accounts:SecurityStampValidationInterval", "00:00:00");
        // Tests make their own users; a demo admin appearing while a test counts admins would make it flaky.
        builder.UseSetting("Accounts:CreateDemoAdmin", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// A client of the Kestrel server that keeps cookies, as a browser does, and does not follow redirects (tests look at
    /// where they point). Its own handler: the factory's client options do not reach the socket handler under Kestrel.
    /// </summary>
    public HttpClient CreateBrowser()
    {
        StartServer();
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        return new HttpClient(handler) { BaseAddress = ClientOptions.BaseAddress };
    }

    /// <summary>A user with one role, made through Identity's UserManager as the admin page would.</summary>
    public async Task<AppUser> CreateUserAsync(string role, string? email = null, string password = Password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { Email = email ?? $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test" };
        user.UserName = user.Email;
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return user;

        static void Check(IdentityResult result) =>
            result.Succeeded.ShouldBeTrue(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>A new user with <paramref name="role"/>, signed in through the real login form; the client keeps the cookie.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string role = Roles.Manager)
    {
        var user = await CreateUserAsync(role);
        var client = CreateBrowser();
        var response = await SignInAsync(client, user.Email!, Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "signing in redirects to the dashboard: " + await response.Content.ReadAsStringAsync());
        return client;
    }

    /// <summary>GETs the login form and posts it, as a person would.</summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null, bool rememberMe = false) =>
        Forms.PostAsync(client, returnUrl is null ? "/Account/Login" : $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.RememberMe"] = rememberMe ? "true" : "false",
        });
}
