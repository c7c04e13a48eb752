namespace PropertyManager.Buildium.Caching;

/// <summary>
/// Within the returned scope (flowing with async calls), GETs neither read nor fill <see cref="IBuildiumResponseCache"/>:
/// the sync must see Buildium's current state, while interactive reads of reference data may use the cache.
/// </summary>
public static class BuildiumCacheBypass
{
    private static readonly AsyncLocal<bool> _active = new();

    internal static bool IsActive => _active.Value;

    public static IDisposable Begin()
    {
        var previous = _active.Value;
        _active.Value = true;
        return new Scope(previous);
    }

    private sealed class Scope(bool previous) : IDisposable
    {
        public void Dispose() => _active.Value = previous;
    }
}
