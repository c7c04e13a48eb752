using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Data.Accounts;

namespace PropertyManager.Tests.Web;

/// <summary>Users made through the app's own UserManager and signed in through its login form, for any test host.</summary>
public static class TestUsers
{
    public const string Password = "Correct-Horse-42-battery";

    /// <summary>A client that keeps cookies, as a browser does, and does not follow redirects.</summary>
    public static HttpClient CreateBrowser(Uri baseAddress)
    {
        // Its own handler: the factory's client options do not reach the socket handler under Kestrel.
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        return new HttpClient(handler) { BaseAddress = baseAddress };
    }

    /// <param name="allProperties">
    /// Assign every property (managers, viewers and accountants see nothing without an assignment); false leaves the
    /// user without any, for tests that assign specific properties.
    /// </param>
    public static async Task<AppUser> CreateAsync(IServiceProvider services, string role, string? email = null, string password = Password, bool allProperties = true)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { Email = email ?? $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test" };
        user.UserName = user.Email;
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        if (allProperties && role != Roles.Admin)
        {
            await scope.ServiceProvider.GetRequiredService<PropertyManager.Web.Accounts.PropertyAssignments>().GrantAsync(user.Id, true, [], CancellationToken.None);
        }

        return user;

        static void Check(IdentityResult result) =>
            result.Succeeded.ShouldBeTrue(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    public static async Task<HttpClient> SignedInClientAsync(IServiceProvider services, Uri baseAddress, string role = Roles.Manager)
    {
        var user = await CreateAsync(services, role);
        var client = CreateBrowser(baseAddress);
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
