using System.Collections.Concurrent;
using PropertyManager.Buildium.Caching;

namespace PropertyManager.Buildium.Tests.Infrastructure;

/// <summary>Dictionary-backed <see cref="IBuildiumResponseCache"/> standing in for the host's table-backed one.</summary>
public sealed class InMemoryResponseCache : IBuildiumResponseCache
{
    private readonly ConcurrentDictionary<string, (BuildiumCachedResponse Response, DateTimeOffset ExpiresAt)> _entries = new();

    public ConcurrentQueue<string> Invalidations { get; } = new();

    public IReadOnlyCollection<string> Keys => [.. _entries.Keys];

    public Task<BuildiumCachedResponse?> GetAsync(string endpoint, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.TryGetValue(endpoint, out var e) && e.ExpiresAt > DateTimeOffset.UtcNow ? e.Response : null);

    public Task SetAsync(string endpoint, BuildiumCachedResponse response, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        _entries[endpoint] = (response, expiresAt);
        return Task.CompletedTask;
    }

    public Task InvalidateAsync(string endpointPrefix, CancellationToken cancellationToken)
    {
        Invalidations.Enqueue(endpointPrefix);
        foreach (var key in _entries.Keys.Where(k => k.StartsWith(endpointPrefix, StringComparison.Ordinal)))
        {
            _entries.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }
}
