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
    public const string Password = TestUsers.Password;

    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public WebAppFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _connectionString = connectionString;
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
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
        // Every test signs in from 127.0.0.1; the per-address limit on sign-in attempts has a test of its own.
        builder.UseSetting("Security:LoginAttemptsPerMinute", "10000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects (tests look at where they point).</summary>
    public HttpClient CreateBrowser()
    {
        StartServer();
        return TestUsers.CreateBrowser(ClientOptions.BaseAddress);
    }

    /// <summary>A user with one role, made through Identity's UserManager as the admin page would.</summary>
    public Task<AppUser> CreateUserAsync(string role, string? email = null, string password = Password, bool allProperties = true) =>
        TestUsers.CreateAsync(Services, role, email, password, allProperties);

    /// <summary>A new user with <paramref name="role"/>, signed in through the real login form; the client keeps the cookie.</summary>
    public Task<HttpClient> CreateSignedInClientAsync(string role = Roles.Manager)
    {
        StartServer();
        return TestUsers.SignedInClientAsync(Services, ClientOptions.BaseAddress, role);
    }

    /// <summary>GETs the login form and posts it, as a person would.</summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null, bool rememberMe = false) =>
        TestUsers.SignInAsync(client, email, password, returnUrl, rememberMe);
}
