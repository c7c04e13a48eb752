using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Caching;
using PropertyManager.Data;
using PropertyManager.Data.Integration;

namespace PropertyManager.Sync.ApiCache;

/// <summary>
/// Buildium GET responses of reference data kept in <c>buildium_api_cache</c>: the path in <c>endpoint</c>, the
/// query parameters as a JSON object in <c>parameters</c>, the body and total count in <c>response_data</c>.
/// </summary>
public sealed class PostgresResponseCache(AppDbContext db, TimeProvider time) : IBuildiumResponseCache
{
    public async Task<BuildiumCachedResponse?> GetAsync(string endpoint, CancellationToken cancellationToken)
    {
        var (path, parameters) = Split(endpoint);
        var now = time.GetUtcNow();
        var entry = await db.ApiCache.AsNoTracking()
            .Where(c => c.Endpoint == path && c.ExpiresAt > now)
            .Where(c => c.Parameters == parameters)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (entry?.ResponseData is null)
        {
            return null;
        }

        var root = entry.ResponseData.RootElement;
        return new BuildiumCachedResponse(
            root.GetProperty("body").GetRawText(),
            root.TryGetProperty("totalCount", out var total) && total.ValueKind == JsonValueKind.Number ? total.GetInt32() : null);
    }

    public async Task SetAsync(string endpoint, BuildiumCachedResponse response, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var (path, parameters) = Split(endpoint);
        await db.ApiCache.Where(c => c.Endpoint == path && c.Parameters == parameters).ExecuteDeleteAsync(cancellationToken);
        using var body = JsonDocument.Parse(response.Body);
        db.ApiCache.Add(new BuildiumApiCacheEntry
        {
            Endpoint = path,
            Parameters = parameters,
            ResponseData = JsonSerializer.SerializeToDocument(new { body = body.RootElement, totalCount = response.TotalCount }),
            ExpiresAt = expiresAt,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public Task InvalidateAsync(string endpointPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpointPrefix);
        var (prefix, _) = Split(endpointPrefix);
        return db.ApiCache.Where(c => c.Endpoint!.StartsWith(prefix)).ExecuteDeleteAsync(cancellationToken);
    }

    private static (string Path, JsonDocument Parameters) Split(string endpoint)
    {
        var question = endpoint.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? endpoint : endpoint[..question];
        var query = QueryHelpers.ParseQuery(question < 0 ? "" : endpoint[question..]);
        var parameters = query.OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value.Count == 1 ? (object?)p.Value[0] : p.Value.ToArray());
        return (path, JsonSerializer.SerializeToDocument(parameters));
    }
}
