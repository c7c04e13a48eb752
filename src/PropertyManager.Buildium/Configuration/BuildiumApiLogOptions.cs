using System.ComponentModel.DataAnnotations;

namespace PropertyManager.Buildium.Configuration;

/// <summary>The per-attempt <c>buildium_api_log</c>.</summary>
public sealed class BuildiumApiLogOptions
{
    public bool Enabled { get; set; } = true;

    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>Bodies longer than this (after masking) are stored as a truncation summary.</summary>
    [Range(256, 100_000_000)]
    public int MaxBodyChars { get; set; } = 64 * 1024;

    /// <summary>How much of a truncated body is kept as <c>preview</c>.</summary>
    [Range(0, 100_000)]
    public int PreviewChars { get; set; } = 2048;

    /// <summary>Entries buffered in memory; when full, new entries are dropped (and counted) rather than blocking calls.</summary>
    [Range(1, 10_000_000)]
    public int QueueCapacity { get; set; } = 10_000;

    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 200;

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(6);
}
