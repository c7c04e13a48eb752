using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace PropertyManager.Buildium.Http;

/// <summary>
/// One pair of limiters per Buildium client id for the whole process. Buildium's limit applies to the
/// account, so every typed client, service provider and caller using the same key must share it.
/// The first registration of a client id fixes its limits.
/// </summary>
internal static class BuildiumRateLimiterRegistry
{
    private static readonly ConcurrentDictionary<string, Lazy<BuildiumRateLimiters>> s_limiters = new(StringComparer.Ordinal);

    public static BuildiumRateLimiters GetOrCreate(string clientId, int maxConcurrent, int requestsPerSecond, double pacingMargin, int queueLimit) =>
        s_limiters.GetOrAdd(clientId, _ => new Lazy<BuildiumRateLimiters>(() => Create(maxConcurrent, requestsPerSecond, pacingMargin, queueLimit))).Value;

    private static BuildiumRateLimiters Create(int maxConcurrent, int requestsPerSecond, double pacingMargin, int queueLimit)
    {
        var concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = maxConcurrent,
            QueueLimit = queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        // How Buildium counts its 10 a second is not documented (NOTES.md §2): assume the strictest, a sliding second, and
        // grant at most requestsPerSecond in any rolling second plus a margin for requests reaching it later or sooner
        // than they were let go.
        var rate = new SlidingWindowPacer(requestsPerSecond, TimeSpan.FromSeconds(1.0 + pacingMargin), queueLimit);

        return new BuildiumRateLimiters(concurrency, rate, maxConcurrent, requestsPerSecond);
    }
}
