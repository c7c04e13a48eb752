using System.ComponentModel.DataAnnotations;

namespace PropertyManager.Buildium.Configuration;

/// <summary>Stops calling a failing Buildium (5xx, network errors, timeouts) for a while; 429 does not count.</summary>
public sealed class BuildiumCircuitBreakerOptions
{
    public bool Enabled { get; set; } = true;

    [Range(0.01, 1.0)]
    public double FailureRatio { get; set; } = 0.5;

    [Range(2, 10_000)]
    public int MinimumThroughput { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
