using System.ComponentModel.DataAnnotations;
using PropertyManager.Buildium.Configuration;

namespace PropertyManager.Buildium;

/// <summary>
/// Settings of the Buildium client, bound from the <c>Buildium</c> section. <see cref="ClientId"/> and
/// <see cref="ClientSecret"/> come from user-secrets or environment variables (<c>Buildium__ClientSecret</c>),
/// never from appsettings.json.
/// </summary>
public sealed class BuildiumOptions
{
    public const string SectionName = "Buildium";

    public const string ProductionBaseUrl = "https://api.buildium.com/";

    public const string SandboxBaseUrl = "https://apisandbox.buildium.com/";

    /// <summary>Production, sandbox, or any URL (e.g. the emulator). Paths are appended as <c>v1/...</c>.</summary>
    [Required]
    public string BaseUrl { get; set; } = ProductionBaseUrl;

    [Required]
    public string ClientId { get; set; } = string.Empty;

    [Required]
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Budget of one HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Budget of one call including queueing for the rate limiter, retries and back-off.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Requests in flight per client id, shared by every caller in the process.</summary>
    [Range(1, 1000)]
    public int MaxConcurrentRequests { get; set; } = 10;

    /// <summary>
    /// Requests started per second per client id, shared by every caller in the process. Buildium allows 10; the
    /// high end is for an emulator without limits (benchmarks).
    /// </summary>
    [Range(1, 100_000)]
    public int RequestsPerSecond { get; set; } = 10;

    /// <summary>
    /// How much wider than one second the limiter's window is: room for requests that reach Buildium later or sooner
    /// than they were let go (scheduling on a busy machine, a new connection): 0.05 is 50 ms at any rate, where 30 ms
    /// still met a full window now and then on a loaded two-core machine. A 429 is retried anyway, so more only slows
    /// every sync.
    /// </summary>
    [Range(0.0, 1.0)]
    public double PacingMargin { get; set; } = 0.05;

    /// <summary>Callers allowed to wait for the limiter before calls fail fast with a rate-limited error.</summary>
    [Range(1, 1_000_000)]
    public int LimiterQueueLimit { get; set; } = 10_000;

    /// <summary>The <c>limit</c> of list calls; Buildium caps it at 1000.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 1000;

    /// <summary>
    /// Pages of a list requested ahead of the one being processed. Two hide Buildium's own response time behind the
    /// rate limit's spacing; each holds at most one page in memory. 0 reads page by page.
    /// </summary>
    [Range(0, 8)]
    public int ListReadAhead { get; set; } = 2;

    public BuildiumRetryOptions Retry { get; set; } = new();

    public BuildiumCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    public BuildiumApiLogOptions ApiLog { get; set; } = new();

    public BuildiumCacheOptions Cache { get; set; } = new();
}
