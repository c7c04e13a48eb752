namespace PropertyManager.Buildium.Caching;

/// <summary>
/// Reference data the client caches (<see cref="IBuildiumResponseCache"/>): small lists that change rarely. The one list
/// of cached endpoints: the transport caches and invalidates by it, the sync names a kind's entry to invalidate it when a
/// webhook says the data changed.
/// </summary>
public static class BuildiumCachedEndpoints
{
    public const string GlAccounts = "v1/glaccounts";

    public const string VendorCategories = "v1/vendors/categories";

    public const string TaskCategories = "v1/tasks/categories";

    public static IReadOnlyList<string> All { get; } = [GlAccounts, VendorCategories, TaskCategories];

    /// <summary>The cache key prefix of an endpoint's entries (keys are the request's path, with its leading slash).</summary>
    public static string KeyPrefix(string endpoint) => "/" + endpoint;
}
