using System.Net;
using System.Text.RegularExpressions;

namespace PropertyManager.Tests.Web;

/// <summary>Posting a page's form as a browser does: GET the page, take its anti-forgery token, POST the fields with it.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IReadOnlyDictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetAsync(new Uri(formPage ?? path, UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.OK, $"the form at {formPage ?? path}");
        var token = Token(await page.Content.ReadAsStringAsync());
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>The anti-forgery token of the first form in <paramref name="html"/>.</summary>
    public static string Token(string html) =>
        TokenInput().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new ShouldAssertException("No anti-forgery token in:\n" + html);

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """)]
    private static partial Regex TokenInput();
}
