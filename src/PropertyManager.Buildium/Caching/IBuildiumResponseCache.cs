namespace PropertyManager.Buildium.Caching;

/// <summary>
/// Cache of Buildium GET responses for slow-changing reference data. Keys are the endpoint with its
/// parameters, e.g. <c>/v1/glaccounts?limit=1000&amp;offset=0&amp;orderby=Id%20asc</c>; the client only
/// caches GL accounts, vendor categories and task categories, and invalidates by path prefix
/// (e.g. <c>/v1/glaccounts</c>) whenever it writes to one of them.
/// </summary>
public interface IBuildiumResponseCache
{
    Task<BuildiumCachedResponse?> GetAsync(string endpoint, CancellationToken cancellationToken);

    Task SetAsync(string endpoint, BuildiumCachedResponse response, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    Task InvalidateAsync(string endpointPrefix, CancellationToken cancellationToken);
}
