using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace PropertyManager.WebhookBench;

/// <summary>Signs and posts events as Buildium does; measures the HTTP round trip only (signing is the sender's cost).</summary>
internal sealed class WebhookSender(HttpClient http, string secret)
{
    private static readonly MediaTypeHeaderValue _json = new("application/json");
    private readonly byte[] _key = Encoding.UTF8.GetBytes(secret);

    public static string Event(string eventName, string idField, int id, DateTime at) =>
        string.Create(CultureInfo.InvariantCulture,
            $$"""{"EventName":"{{eventName}}","EventDateTime":"{{at:yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}}","AccountId":123456,"{{idField}}":{{id}}}""");

    /// <summary>Status code and milliseconds; status 0 for a transport failure.</summary>
    public async Task<(int Status, double Milliseconds)> SendAsync(string body, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(timestamp + "." + body)));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/buildium", UriKind.Relative))
        {
            Content = new ByteArrayContent(bytes) { Headers = { ContentType = _json } },
        };
        request.Headers.Add("buildium-webhook-timestamp", timestamp);
        request.Headers.Add("buildium-webhook-signature", signature);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return ((int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (HttpRequestException)
        {
            return (0, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
