namespace PropertyManager.Buildium.Caching;

/// <summary>Default cache that stores nothing; the host replaces it (e.g. with the <c>buildium_api_cache</c> table).</summary>
public sealed class NullBuildiumResponseCache : IBuildiumResponseCache
{
    public Task<BuildiumCachedResponse?> GetAsync(string endpoint, CancellationToken cancellationToken) =>
        Task.FromResult<BuildiumCachedResponse?>(null);

    public Task SetAsync(string endpoint, BuildiumCachedResponse response, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public Task InvalidateAsync(string endpointPrefix, CancellationToken cancellationToken) => Task.CompletedTask;
}
