using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;
using PropertyManager.Web.Accounts;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>Signing in and out through the login page, and what a wrong password looks like.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInBrowserTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
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
    public Task A_wrong_password_is_refused_with_a_message_and_the_right_one_signs_in() =>
        _session.RunAsync(nameof(A_wrong_password_is_refused_with_a_message_and_the_right_one_signs_in), async page =>
        {
            var user = await _factory.CreateUserAsync(Roles.Manager);
            await page.GotoAsync("/Properties");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));

            await page.GetByLabel("E-mail address").FillAsync(user.Email!);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Wrong-Horse-41-battery");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(PasswordSignIn.RefusedMessage);
            await Expect(page.Locator("#signed-in-user")).ToHaveCountAsync(0);
            await Expect(page.GetByLabel("E-mail address")).ToHaveValueAsync(user.Email!);

            await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

            await Expect(page.Locator("#signed-in-user")).ToHaveTextAsync(user.Email!);
            // The return URL the login page was sent with is where it goes back to.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Properties", Level = 1 })).ToBeVisibleAsync();
        });

    [SkippableFact]
    public Task Signing_out_ends_the_session() =>
        _session.RunAsync(nameof(Signing_out_ends_the_session), async page =>
        {
            await BrowserSession.SignInAsync(page, _factory.Services, Roles.Viewer);

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
            await Expect(page.Locator("#signed-in-user")).ToHaveCountAsync(0);
            await page.GotoAsync("/Properties");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        });
}
