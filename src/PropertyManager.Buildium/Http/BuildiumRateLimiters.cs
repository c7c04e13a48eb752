using System.Threading.RateLimiting;

namespace PropertyManager.Buildium.Http;

/// <summary>The concurrency cap and the request-rate cap of one Buildium client id.</summary>
internal sealed record BuildiumRateLimiters(RateLimiter Concurrency, RateLimiter Rate, int MaxConcurrent, int RequestsPerSecond);
