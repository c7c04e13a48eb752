using Microsoft.Playwright;
using PropertyManager.Tests.Web;
using Xunit.Abstractions;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// A fresh browser context on the app under test. When a test fails, a full-page screenshot is kept as test output
/// (bin/.../browser-failures/TestName.png, path written to the test log) so the failure can be seen, not guessed.
/// </summary>
public sealed class BrowserSession(BrowserFixture browser, Uri baseAddress, ITestOutputHelper output)
{
    /// <summary>Signs a new user with <paramref name="role"/> in through the login page, as a person would.</summary>
    public static async Task SignInAsync(IPage page, IServiceProvider services, string role)
    {
        ArgumentNullException.ThrowIfNull(page);
        var user = await TestUsers.CreateAsync(services, role);
        await SignInAsync(page, user.Email!, TestUsers.Password);
    }

    /// <summary>Signs <paramref name="email"/> in through the login page and waits for their name in the menu.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#signed-in-user")).ToHaveTextAsync(email);
    }

    /// <summary>Keeps a screenshot of what the user sees (bin/.../browser-screens/name.png) for a person to look at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(AppContext.BaseDirectory, "browser-screens");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true, Caret = ScreenshotCaret.Initial });
    }

    public async Task RunAsync(string testName, Func<IPage, Task> test)
    {
        ArgumentNullException.ThrowIfNull(test);
        Skip.IfNot(BrowserFixture.Available, $"Chromium not found at {BrowserFixture.ExecutablePath}; install it with: apt-get install chromium");
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        // A script or style the Content-Security-Policy blocks is a broken page even when the test's clicks pass.
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                blocked.Add(message.Text);
            }
        };
        try
        {
            await test(page);
            blocked.ShouldBeEmpty("the page broke its own Content-Security-Policy");
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "browser-failures");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, testName + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            output.WriteLine($"Screenshot of the failure: {file} (page {page.Url})");
            throw;
        }
    }
}
