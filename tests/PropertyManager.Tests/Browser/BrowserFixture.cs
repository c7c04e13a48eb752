using Microsoft.Playwright;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// One headless Chromium for all browser tests: Debian's (/usr/bin/chromium, or PM_CHROMIUM), driven by Playwright,
/// never a downloaded browser. Without it the browser tests are skipped with the install command; .ci/run installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("PM_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool Available => File.Exists(ExecutablePath);

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not installed: apt-get install chromium");

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        // Expectations wait as long as actions do (BrowserSession's 15 s): on a loaded 2-core machine a sign-in's redirect
        // alone has taken over Playwright's default 5 s, and a wait that short fails a flow that works.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Chromium's sandbox refuses to run as root, which is how CI runs.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
