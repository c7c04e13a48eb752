using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using PropertyManager.Buildium.ApiLog;
using PropertyManager.Buildium.Caching;
using PropertyManager.Buildium.Errors;
using PropertyManager.Buildium.Http;

namespace PropertyManager.Buildium.Client;

/// <summary>
/// The one place that sends requests: serialization, paging, the reference-data cache, GET-merge-PUT,
/// and the mapping of failures to typed errors. Area clients are thin wrappers over it.
/// </summary>
internal sealed class BuildiumTransport
{
    private readonly HttpClient _http;
    private readonly BuildiumOptions _options;
    private readonly IBuildiumResponseCache _cache;
    private readonly JsonSerializerOptions _json;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public BuildiumTransport(
        HttpClient http,
        BuildiumOptions options,
        IBuildiumResponseCache cache,
        JsonSerializerOptions json,
        TimeProvider timeProvider,
        ILogger logger)
    {
        _http = http;
        _options = options;
        _cache = cache;
        _json = json;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public JsonSerializerOptions Json => _json;

    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        (await GetJsonAsync<T>(path, useCache: true, cancellationToken)).Value;

    /// <summary>
    /// Pages through a list endpoint with <c>limit</c>/<c>offset</c>, sorted by <c>Id asc</c> (Buildium
    /// requires a unique sort key for stable pages), until <c>X-Total-Count</c> is reached or a page is empty.
    /// While the caller works through one page the next ones (<see cref="BuildiumOptions.ListReadAhead"/>) are already
    /// requested and deserialized (when the count says there are more), so the caller's work, Buildium's answers and the
    /// reading of them overlap instead of taking turns.
    /// </summary>
    public async IAsyncEnumerable<T> ListAsync<T>(
        string path,
        IBuildiumListFilter? filter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Pages requested ahead, in order, with their offsets; the limiter still spaces the requests, so this only hides
        // Buildium's response time and the deserialization.
        var ahead = new Queue<(int Offset, Task<BuildiumAnswer<List<T>>> Page)>();
        try
        {
            var offset = 0;
            var stride = 0;
            var page = await GetPageAsync<T>(path, filter, offset, cancellationToken);
            while (true)
            {
                if (offset == 0)
                {
                    BuildiumListTotals.Report(page.TotalCount);
                    stride = page.Value.Count;
                }

                offset += page.Value.Count;
                var more = page.Value.Count > 0 && (page.TotalCount is not { } total || offset < total);
                if (more && page.TotalCount is { } known)
                {
                    var nextOffset = ahead.Count > 0 ? ahead.Last().Offset + stride : offset;
                    while (ahead.Count < Math.Max(1, _options.ListReadAhead) && nextOffset < known)
                    {
                        ahead.Enqueue((nextOffset, GetPageAsync<T>(path, filter, nextOffset, stop.Token)));
                        nextOffset += stride;
                    }
                }

                foreach (var item in page.Value)
                {
                    yield return item;
                }

                if (!more)
                {
                    yield break;
                }

                if (ahead.Count > 0 && ahead.Peek().Offset == offset)
                {
                    page = await ahead.Dequeue().Page;
                }
                else
                {
                    // A short page (records removed while paging) moved the offsets: what was read ahead is off by some.
                    if (ahead.Count > 0)
                    {
                        await DiscardAsync(ahead, stop);
                        stop.Dispose();
                        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    }

                    page = await GetPageAsync<T>(path, filter, offset, cancellationToken);
                }
            }
        }
        finally
        {
            // The caller stopped early (found what it looked for, or failed): the pages read ahead are not wanted.
            await DiscardAsync(ahead, stop);
            stop.Dispose();
        }
    }

    private static async Task DiscardAsync<T>(Queue<(int Offset, Task<T> Page)> ahead, CancellationTokenSource stop)
    {
        if (ahead.Count == 0)
        {
            return;
        }

        await stop.CancelAsync();
        while (ahead.TryDequeue(out var pending))
        {
            try
            {
                await pending.Page;
            }
            catch (Exception)
            {
                // Its outcome no longer matters.
            }
        }
    }

    private Task<BuildiumAnswer<List<T>>> GetPageAsync<T>(string path, IBuildiumListFilter? filter, int offset, CancellationToken cancellationToken)
    {
        var query = new BuildiumQuery();
        filter?.AppendTo(query);
        query.Add("orderby", "Id asc").Add("offset", offset).Add("limit", _options.PageSize);
        return GetJsonAsync<List<T>>(query.AppendTo(path), useCache: true, cancellationToken);
    }

    public Task<TResult> PostAsync<TBody, TResult>(string path, TBody body, CancellationToken cancellationToken) =>
        SendJsonAsync<TBody, TResult>(HttpMethod.Post, path, body, cancellationToken);

    public Task<TResult> PutAsync<TBody, TResult>(string path, TBody body, CancellationToken cancellationToken) =>
        SendJsonAsync<TBody, TResult>(HttpMethod.Put, path, body, cancellationToken);

    public Task<TResult> PatchAsync<TBody, TResult>(string path, TBody body, CancellationToken cancellationToken) =>
        SendJsonAsync<TBody, TResult>(HttpMethod.Patch, path, body, cancellationToken);

    /// <summary>For commands without a body that return a result, e.g. a file <c>downloadrequest</c>.</summary>
    public Task<TResult> SendWithoutContentAsync<TResult>(HttpMethod method, string path, CancellationToken cancellationToken) =>
        SendAsync(method, path, body: null, r => ReadJson<TResult>(r, method, path), cancellationToken);

    /// <summary>For commands without a body or result, e.g. <c>inactivationrequest</c> or a file DELETE.</summary>
    public Task SendWithoutContentAsync(HttpMethod method, string path, CancellationToken cancellationToken) =>
        SendAsync(method, path, body: null, _ => true, cancellationToken);

    /// <summary>
    /// Buildium's PUT blanks every omitted field, so an update is GET (uncached), copy into the write
    /// shape, apply the caller's change, PUT the full message.
    /// </summary>
    public async Task<TRead> UpdateAsync<TRead, TWrite>(
        string path,
        Func<TRead, TWrite> toWrite,
        Action<TWrite> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(toWrite);
        ArgumentNullException.ThrowIfNull(change);
        var current = (await GetJsonAsync<TRead>(path, useCache: false, cancellationToken)).Value;
        var write = toWrite(current);
        change(write);
        return await PutAsync<TWrite, TRead>(path, write, cancellationToken);
    }

    private Task<TResult> SendJsonAsync<TBody, TResult>(HttpMethod method, string path, TBody body, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, _json);
        return SendAsync(method, path, bytes, r => ReadJson<TResult>(r, method, path), cancellationToken);
    }

    private async Task<BuildiumAnswer<T>> GetJsonAsync<T>(string relativeUri, bool useCache, CancellationToken cancellationToken)
    {
        var cacheable = useCache && !BuildiumCacheBypass.IsActive && _options.Cache.Enabled && CachedPrefixOf(relativeUri) is not null;
        if (!cacheable)
        {
            // Read straight from the buffered body: no string of a whole page, which for a list page is megabytes.
            return await SendAsync(
                HttpMethod.Get, relativeUri, body: null, r => new BuildiumAnswer<T>(ReadJson<T>(r, HttpMethod.Get, relativeUri), ReadTotalCount(r)), cancellationToken);
        }

        var key = "/" + relativeUri;
        if (await _cache.GetAsync(key, cancellationToken) is { } hit)
        {
            return new BuildiumAnswer<T>(Deserialize(() => JsonSerializer.Deserialize<T>(hit.Body, _json), HttpStatusCode.OK, HttpMethod.Get, relativeUri), hit.TotalCount);
        }

        var (text, totalCount) = await SendAsync(
            HttpMethod.Get, relativeUri, body: null, r => (ReadText(r), ReadTotalCount(r)), cancellationToken);
        // Read before caching: a body the client cannot read is not kept.
        var value = Deserialize(() => JsonSerializer.Deserialize<T>(text, _json), HttpStatusCode.OK, HttpMethod.Get, relativeUri);
        await _cache.SetAsync(key, new BuildiumCachedResponse(text, totalCount), _timeProvider.GetUtcNow() + _options.Cache.Ttl, cancellationToken);
        return new BuildiumAnswer<T>(value, totalCount);
    }

    /// <summary>Sends one call and, on success, reads its (buffered) response while it is still open.</summary>
    private async Task<TResult> SendAsync<TResult>(
        HttpMethod method, string relativeUri, byte[]? body, Func<HttpResponseMessage, TResult> read, CancellationToken cancellationToken)
    {
        var endpoint = BuildiumLogSanitizer.MaskQuery("/" + relativeUri);
        using var request = new HttpRequestMessage(method, relativeUri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            // Exactly application/json: Buildium answers 415 to anything else.
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        var state = new BuildiumRequestState();
        request.Options.Set(BuildiumRequestState.Key, state);
        HttpResponseMessage response;
        try
        {
            // The attempt handler has read the body already (into pooled blocks); ResponseContentRead would copy it again.
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception ex) when (IsTransportFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            throw TransportFailure(ex, method, endpoint, state);
        }
        finally
        {
            if (method != HttpMethod.Get && CachedPrefixOf(relativeUri) is { } prefix)
            {
                await InvalidateAsync(prefix);
            }
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                throw BuildiumErrorFactory.FromResponse(response.StatusCode, text, method.Method, endpoint, _options.ClientId, _json);
            }

            return read(response);
        }
    }

    private static bool IsTransportFailure(Exception ex) =>
        ex is HttpRequestException or TimeoutRejectedException or OperationCanceledException
            or BrokenCircuitException or RateLimiterRejectedException;

    private BuildiumException TransportFailure(Exception ex, HttpMethod method, string endpoint, BuildiumRequestState state)
    {
        var reason = ex switch
        {
            TimeoutRejectedException or OperationCanceledException => "timed out",
            HttpRequestException hre => $"network error ({hre.HttpRequestError}: {hre.Message})",
            _ => ex.Message,
        };

        if (ex is BrokenCircuitException)
        {
            return new BuildiumUnavailableException(
                $"Buildium {method} {endpoint} not sent: the circuit is open after repeated Buildium failures.", ex)
            { Kind = BuildiumErrorKind.Unavailable, Method = method.Method, Endpoint = endpoint };
        }

        if (ex is RateLimiterRejectedException)
        {
            return new BuildiumRateLimitedException(
                $"Buildium {method} {endpoint} not sent: the local rate-limiter queue is full.", ex)
            { Kind = BuildiumErrorKind.RateLimited, Method = method.Method, Endpoint = endpoint };
        }

        if (!BuildiumTransientFailures.IsIdempotent(method) && state.AwaitingResponse)
        {
            _logger.LogWarning(
                "Buildium {Method} {Endpoint} {Reason} after it was sent; outcome unknown, not retried",
                method,
                endpoint,
                reason);
            return new BuildiumOutcomeUnknownException(
                $"Buildium {method} {endpoint} {reason} after the request was sent, so it may or may not have taken effect. " +
                "It was not retried because Buildium has no idempotency keys; look the record up before sending it again.", ex)
            { Method = method.Method, Endpoint = endpoint };
        }

        if (state.LastStatus == HttpStatusCode.TooManyRequests)
        {
            return new BuildiumRateLimitedException($"Buildium {method} {endpoint} kept answering 429 until the budget ran out ({reason}).", ex)
            { Kind = BuildiumErrorKind.RateLimited, StatusCode = HttpStatusCode.TooManyRequests, Method = method.Method, Endpoint = endpoint };
        }

        return new BuildiumUnavailableException($"Buildium {method} {endpoint} failed: {reason} after {state.Attempts} attempt(s).", ex)
        { Kind = BuildiumErrorKind.Unavailable, StatusCode = state.LastStatus, Method = method.Method, Endpoint = endpoint };
    }

    /// <summary>Deserializes a successful, buffered body from its bytes (the content was read by the attempt handler).</summary>
    private T ReadJson<T>(HttpResponseMessage response, HttpMethod method, string relativeUri) =>
        Deserialize(
            () =>
            {
                if (response.Content is not PooledResponseContent pooled)
                {
                    return JsonSerializer.Deserialize<T>(response.Content.ReadAsStream(), _json);
                }

                var reader = new Utf8JsonReader(pooled.Body);
                var value = JsonSerializer.Deserialize<T>(ref reader, _json);
                // As the other overloads do, refuse anything but whitespace after the value.
                reader.Read();
                return value;
            },
            response.StatusCode,
            method,
            relativeUri);

    private static string ReadText(HttpResponseMessage response)
    {
        if (response.Content is PooledResponseContent pooled)
        {
            return Encoding.UTF8.GetString(pooled.Body);
        }

        using var reader = new StreamReader(response.Content.ReadAsStream(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static T Deserialize<T>(Func<T?> deserialize, HttpStatusCode status, HttpMethod method, string relativeUri)
    {
        try
        {
            return deserialize() ?? throw new JsonException("The body is JSON null.");
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException)
        {
            var endpoint = BuildiumLogSanitizer.MaskQuery("/" + relativeUri);
            throw new BuildiumResponseFormatException(
                $"Buildium {method} {endpoint} answered {(int)status} with a body that is not a valid {typeof(T).Name}: {ex.Message}", ex)
            {
                StatusCode = status,
                TargetType = typeof(T).Name,
                Method = method.Method,
                Endpoint = endpoint,
            };
        }
    }

    private static int? ReadTotalCount(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Total-Count", out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var total)
            ? total
            : null;

    private static string? CachedPrefixOf(string relativeUri) =>
        BuildiumCachedEndpoints.All.FirstOrDefault(p =>
            relativeUri.StartsWith(p, StringComparison.OrdinalIgnoreCase)
            && (relativeUri.Length == p.Length || relativeUri[p.Length] is '/' or '?'));

    private async Task InvalidateAsync(string prefix)
    {
        try
        {
            // Invalidate even if the write failed or its outcome is unknown: it may have changed the data.
            await _cache.InvalidateAsync(BuildiumCachedEndpoints.KeyPrefix(prefix), CancellationToken.None);
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Invalidating the Buildium response cache for {Prefix} failed", prefix);
        }
    }
}
