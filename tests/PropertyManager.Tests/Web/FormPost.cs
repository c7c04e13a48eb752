using System.Text.RegularExpressions;

namespace PropertyManager.Tests.Web;

/// <summary>Posts a page's form the way a browser does: GET the page, take its antiforgery token, POST the fields.</summary>
public static partial class FormPost
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string formPage, IDictionary<string, string> fields, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var html = await client.GetStringAsync(new Uri(formPage, UriKind.Relative));
        var token = TokenPattern().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{formPage} has no antiforgery token; is there a form on it?");
        }

        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(new Uri(action ?? formPage, UriKind.Relative), content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
