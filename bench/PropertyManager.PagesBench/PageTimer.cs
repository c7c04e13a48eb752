using System.Diagnostics;
using System.Net;
using PropertyManager.BenchHosting;

namespace PropertyManager.PagesBench;

/// <summary>
/// Requests one page over and over from a signed-in client and keeps each round trip's duration; with
/// <c>beforeEach</c>, something untimed happens before every request (a change that makes a kept report stale).
/// </summary>
internal static class PageTimer
{
    public static async Task<PageTiming> MeasureAsync(
        HttpClient client, string path, int warmup, int requests, CancellationToken cancellationToken,
        Func<CancellationToken, Task>? beforeEach = null, string? label = null)
    {
        var uri = new Uri(path, UriKind.Relative);
        for (var i = 0; i < warmup; i++)
        {
            await FetchAsync(client, uri, cancellationToken);
        }

        var durations = new List<double>(requests);
        var bytes = 0L;
        for (var i = 0; i < requests; i++)
        {
            if (beforeEach is not null)
            {
                await beforeEach(cancellationToken);
            }

            var clock = Stopwatch.StartNew();
            bytes = await FetchAsync(client, uri, cancellationToken);
            durations.Add(clock.Elapsed.TotalMilliseconds);
        }

        return new PageTiming(label ?? path, Percentiles.Of(durations, 50), Percentiles.Of(durations, 95), durations.Max(), bytes);
    }

    private static async Task<long> FetchAsync(HttpClient client, Uri uri, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(uri, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/Account/", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"{uri} answered {(int)response.StatusCode} at {response.RequestMessage?.RequestUri}; the bench measures pages, not errors.");
        }

        return body.Length;
    }
}
