using System.Net;
using System.Text.RegularExpressions;

namespace PropertyManager.PagesBench;

/// <summary>Signs a client in through the real login form, so every measured page runs the real authorization.</summary>
internal static partial class SignIn
{
    public static async Task<HttpClient> ClientAsync(Uri baseAddress, string email, string password, CancellationToken cancellationToken)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        var form = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), cancellationToken);
        var token = Token().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), content, cancellationToken);
        if (response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/Account/Login", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException("Sign-in failed; the bench user could not log in.");
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
