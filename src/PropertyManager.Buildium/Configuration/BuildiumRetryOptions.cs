using System.ComponentModel.DataAnnotations;

namespace PropertyManager.Buildium.Configuration;

/// <summary>Retry of 429, 503 and (for idempotent methods) other transient failures.</summary>
public sealed class BuildiumRetryOptions
{
    /// <summary>Retries after the first attempt; 0 disables retrying.</summary>
    [Range(0, 50)]
    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>First back-off delay; Buildium suggests retrying after ~200 ms, then exponentially.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
