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
    /// <summary>Requests are spaced 10% wider than the configured rate allows.</summary>
    public const double PacingMargin = 0.1;

    private static readonly TimeSpan MinimumPeriod = TimeSpan.FromMilliseconds(50);
    private static readonly ConcurrentDictionary<string, Lazy<BuildiumRateLimiters>> s_limiters = new(StringComparer.Ordinal);

    public static BuildiumRateLimiters GetOrCreate(string clientId, int maxConcurrent, int requestsPerSecond, int queueLimit) =>
        s_limiters.GetOrAdd(clientId, _ => new Lazy<BuildiumRateLimiters>(() => Create(maxConcurrent, requestsPerSecond, queueLimit))).Value;

    private static BuildiumRateLimiters Create(int maxConcurrent, int requestsPerSecond, int queueLimit)
    {
        var concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = maxConcurrent,
            QueueLimit = queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        // At Buildium's rates a bucket of one token spaces requests evenly instead of allowing a burst (a burst at a
        // window edge trips a server-side sliding window), and the spacing keeps a margin below the limit because
        // connection set-up and scheduling jitter can bring two requests closer together on arrival. Timers do not
        // tick much faster than every few milliseconds, so at high configured rates (an emulator without limits)
        // the bucket refills several tokens per 50 ms tick instead.
        var spacing = TimeSpan.FromSeconds((1.0 + PacingMargin) / requestsPerSecond);
        var period = spacing < MinimumPeriod ? MinimumPeriod : spacing;
        var tokensPerPeriod = Math.Max(1, (int)(period / spacing));
        var rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokensPerPeriod,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });

        return new BuildiumRateLimiters(concurrency, rate, maxConcurrent, requestsPerSecond);
    }
}
