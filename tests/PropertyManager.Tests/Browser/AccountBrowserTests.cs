using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>Accounts people can manage, in Chromium: a signed-out cookie is dead, a password is changed, an admin resets one.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccountBrowserTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
    : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private BrowserSession _session = null!;

    public Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _session = new BrowserSession(browser, _factory.ClientOptions.BaseAddress, output);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [SkippableFact]
    public Task A_cookie_copied_before_signing_out_is_refused_afterwards() =>
        _session.RunAsync(nameof(A_cookie_copied_before_signing_out_is_refused_afterwards), async page =>
        {
            var user = await _factory.CreateUserAsync(Roles.Manager);
            await BrowserSession.SignInAsync(page, user.Email!, TestUsers.Password);
            var copied = (await page.Context.CookiesAsync()).Where(c => c.Name == "pm.auth").ToList();
            copied.Count.ShouldBe(1);

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
            // The attacker's copy, put back into a browser.
            await page.Context.AddCookiesAsync(copied.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
            await page.GotoAsync("/Properties");

            await Expect(page).ToHaveURLAsync(LoginPage());
            await Expect(page.Locator("#signed-in-user")).ToHaveCountAsync(0);
        });

    [SkippableFact]
    public Task A_user_changes_their_password_and_signs_in_with_the_new_one() =>
        _session.RunAsync(nameof(A_user_changes_their_password_and_signs_in_with_the_new_one), async page =>
        {
            var user = await _factory.CreateUserAsync(Roles.Viewer);
            await BrowserSession.SignInAsync(page, user.Email!, TestUsers.Password);
            await page.Locator("#signed-in-user").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change your password" })).ToBeVisibleAsync();

            await page.GetByLabel("Current password").FillAsync("Not-my-password-9");
            await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Brand-new-pass-42");
            await page.GetByLabel("New password again").FillAsync("Brand-new-pass-42");
            await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
            await Expect(page.Locator("[data-valmsg-for='Input.CurrentPassword']")).ToHaveTextAsync("This is not your current password.");

            await page.SetViewportSizeAsync(390, 844);
            await page.GetByLabel("Current password").FillAsync(TestUsers.Password);
            await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Brand-new-pass-42");
            await page.GetByLabel("New password again").FillAsync("Brand-new-pass-42");
            await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
            await Expect(page.Locator(".alert-success")).ToContainTextAsync("Your password is changed.");
            await Expect(page.Locator("#signed-in-user")).ToHaveCountAsync(1);
            await BrowserSession.ScreenshotAsync(page, "change-password-390");

            await page.SetViewportSizeAsync(1366, 900);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await BrowserSession.SignInAsync(page, user.Email!, "Brand-new-pass-42");
        });

    [SkippableFact]
    public Task An_admin_resets_a_password_that_is_shown_once_and_works() =>
        _session.RunAsync(nameof(An_admin_resets_a_password_that_is_shown_once_and_works), async page =>
        {
            var user = await _factory.CreateUserAsync(Roles.Manager);
            var admin = await _factory.CreateUserAsync(Roles.Admin);
            await page.SetViewportSizeAsync(1366, 900);
            await BrowserSession.SignInAsync(page, admin.Email!, TestUsers.Password);
            await page.GotoAsync("/Admin/Users");
            await page.Locator($"tr[data-user='{user.Email}']").GetByRole(AriaRole.Link, new() { Name = "Reset password" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Reset the password of {user.Email}" })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Reset password" }).ClickAsync();
            var generated = await page.Locator("#generated-password").TextContentAsync();
            generated.ShouldNotBeNullOrWhiteSpace();
            await BrowserSession.ScreenshotAsync(page, "admin-reset-password-1366");

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await BrowserSession.SignInAsync(page, user.Email!, generated!);
        });

    [GeneratedRegex("/Account/Login")]
    private static partial Regex LoginPage();
}
