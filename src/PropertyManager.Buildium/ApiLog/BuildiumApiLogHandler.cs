using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace PropertyManager.Buildium.ApiLog;

/// <summary>
/// Captures every HTTP attempt (it sits inside the retry pipeline, so retries are separate entries)
/// and hands it to the in-memory queue. Headers are never captured, so the client secret cannot leak.
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
        var contentType = request.Content?.Headers.ContentType?.MediaType;
        var requestBody = IsText(contentType) && request.Content is not null
            ? await request.Content.ReadAsStringAsync(cancellationToken)
            : null;
        var requestLength = request.Content?.Headers.ContentLength;

        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var responseType = response.Content.Headers.ContentType?.MediaType;
            // The attempt handler has buffered the content, so reading it here does not consume it.
            var responseBody = await response.Content.ReadAsStringAsync(cancellationToken);
            Enqueue(request, timestamp, started, requestBody, contentType, requestLength, (int)response.StatusCode, responseBody, responseType, null);
            return response;
        }
        catch (Exception ex)
        {
            Enqueue(request, timestamp, started, requestBody, contentType, requestLength, null, null, null, Describe(ex, cancellationToken));
            throw;
        }
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
        string? requestContentType,
        long? requestLength,
        int? status,
        string? responseBody,
        string? responseContentType,
        string? error)
    {
        _counter.Increment();
        var duration = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        _queue.Enqueue(new BuildiumApiLogEntry(
            timestamp,
            request.Method.Method,
            request.RequestUri,
            requestBody,
            requestContentType,
            requestLength,
            status,
            responseBody,
            responseContentType,
            error,
            duration));
    }
}
