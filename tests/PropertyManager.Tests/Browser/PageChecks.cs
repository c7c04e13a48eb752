using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// Issue 16: what every page of a daily flow must be for a property manager, checked in the browser as they see it:
/// money in dollars (never "¤"), stored values in words (never "PartiallyPaid" or "bill_payment"), and nothing wider
/// than a 390 px phone. Content-Security-Policy violations are caught by <see cref="BrowserSession"/>.
/// </summary>
public static partial class PageChecks
{
    public static IReadOnlyList<int> Widths { get; } = [1366, 390];

    /// <summary>Where the flows' screenshots are kept for people to look at: bin/.../artifacts/screenshots.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public static async Task AssertReadableAsync(IPage page, int width)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = await page.Locator("body").InnerTextAsync();
        text.ShouldNotContain("¤", Case.Sensitive, $"money shows in the app's currency on {page.Url}");
        var raw = RawName().Matches(text).Select(m => m.Value).Distinct().ToList();
        raw.ShouldBeEmpty($"stored names shown instead of words on {page.Url}");
        if (width < 576)
        {
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.ShouldBeLessThanOrEqualTo(0, $"{page.Url} is wider than a {width} px screen");
        }
    }

    public static async Task ScreenshotAsync(IPage page, string name, int width)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}-{width}.png"), FullPage = true, Caret = ScreenshotCaret.Initial });
    }

    // Buildium's and the app's stored names that must never reach a person: enum names in PascalCase and sync kinds.
    [GeneratedRegex(@"\b(PartiallyPaid|InProgress|NotSet|OneBed|TwoBed|ThreeBed|FourBed|FiveBed|NineBedPlus|OneBath|OnePointFiveBath|TwoBath|TwoPointFiveBath|ThreeBath|ThreePointFiveBath|FourBath|FivePlusBath|MultiFamily|SingleFamily|CondoTownhome|AtWill|MonthToMonth|FixedWithRollover|UnitedStates|CurrentAsset|bank_account|gl_account|vendor_category|bill_category|bill_payment|task_category|task_history|work_order)\b")]
    private static partial Regex RawName();
}
