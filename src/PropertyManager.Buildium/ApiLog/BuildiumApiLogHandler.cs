using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using PropertyManager.Buildium.Configuration;
using PropertyManager.Buildium.Http;

namespace PropertyManager.Buildium.ApiLog;

/// <summary>
/// Captures every HTTP attempt (it sits inside the retry pipeline, so retries are separate entries), masks and
/// size-limits its bodies, and hands it to the in-memory queue. Headers are never captured, so the client secret cannot
/// leak.
/// </summary>
internal sealed class BuildiumApiLogHandler : DelegatingHandler
{
    private readonly BuildiumCallCounter _counter;
    private readonly BuildiumApiLogQueue _queue;
    private readonly IOptionsMonitor<BuildiumOptions> _options;
    private readonly TimeProvider _timeProvider;

    public BuildiumApiLogHandler(BuildiumApiLogQueue queue, IOptionsMonitor<BuildiumOptions> options, TimeProvider timeProvider, BuildiumCallCounter counter)
    {
        _counter = counter;
        _queue = queue;
        _options = options;
        _timeProvider = timeProvider;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!_options.CurrentValue.ApiLog.Enabled)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var timestamp = _timeProvider.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var limits = _options.CurrentValue.ApiLog;
        var requestBody = await DescribeRequestAsync(request.Content, limits, cancellationToken);

        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            // Masked as it is read, in place: the attempt handler has read the body into pooled blocks and the client reads
            // it again from there, so the log keeps neither a copy of a large page nor a tree of it.
            var body = await PooledResponseContent.ReadBodyAsync(response.Content, cancellationToken);
            var responseBody = BuildiumLogSanitizer.SanitizeBody(body, limits.MaxBodyChars, limits.PreviewChars);
            Enqueue(request, timestamp, started, requestBody, (int)response.StatusCode, responseBody, null);
            return response;
        }
        catch (Exception ex)
        {
            Enqueue(request, timestamp, started, requestBody, null, null, Describe(ex, cancellationToken));
            throw;
        }
    }

    private static async Task<string?> DescribeRequestAsync(HttpContent? content, BuildiumApiLogOptions limits, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        var contentType = content.Headers.ContentType?.MediaType;
        if (IsText(contentType))
        {
            return BuildiumLogSanitizer.SanitizeBody(await content.ReadAsStringAsync(cancellationToken), limits.MaxBodyChars, limits.PreviewChars);
        }

        return content.Headers.ContentLength > 0 ? BuildiumLogSanitizer.DescribeBinary(contentType, content.Headers.ContentLength) : null;
    }

    private static bool IsText(string? mediaType) =>
        mediaType is null || mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) || mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);

    private static string Describe(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested =>
            "Attempt cancelled: the attempt timeout, the total timeout or the caller's cancellation fired.",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };

    private void Enqueue(
        HttpRequestMessage request,
        DateTimeOffset timestamp,
        long started,
        string? requestBody,
        int? status,
        string? responseBody,
        string? error)
    {
        _counter.Increment();
        var duration = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        _queue.Enqueue(new BuildiumApiLogEntry(
            timestamp,
            request.Method.Method,
            request.RequestUri,
            requestBody,
            status,
            responseBody,
            error,
            duration));
    }
}
