using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace PropertyManager.Tests.Webhooks;

/// <summary>
/// Builds and signs events the way Buildium does (its C# sample, NOTES.md §7), written independently of the app's
/// verifier so a mistake there cannot be mirrored here.
/// </summary>
public static class SignedWebhook
{
    public const int AccountId = 123456;

    /// <summary>A thin event: name, time with 7 fractional digits, account, then the id fields.</summary>
    public static string Event(string eventName, DateTime? at = null, params (string Name, JsonNode? Value)[] ids)
    {
        var body = new JsonObject
        {
            ["EventName"] = eventName,
            ["EventDateTime"] = (at ?? DateTime.UtcNow).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            ["AccountId"] = AccountId,
        };
        foreach (var (name, value) in ids)
        {
            body[name] = value;
        }

        return body.ToJsonString();
    }

    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToBase64String(new HMACSHA256(Encoding.UTF8.GetBytes(secret)).ComputeHash(Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    /// <summary>Raw bytes (which need not be UTF-8) signed as Buildium would, with the timestamp header as given.</summary>
    public static HttpRequestMessage RawRequest(byte[] body, string secret, string timestamp)
    {
        var prefix = Encoding.UTF8.GetBytes($"{timestamp}.");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/buildium", UriKind.Relative))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("buildium-webhook-timestamp", timestamp);
        request.Headers.Add("buildium-webhook-signature", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), prefix.Concat(body).ToArray())));
        return request;
    }

    public static HttpRequestMessage Request(string body, string? secret, DateTimeOffset? sentAt = null, string? signedBody = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/buildium", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (secret is not null)
        {
            var timestamp = (sentAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            request.Headers.Add("buildium-webhook-timestamp", timestamp);
            request.Headers.Add("buildium-webhook-signature", Sign(secret, timestamp, signedBody ?? body));
        }

        return request;
    }
}
