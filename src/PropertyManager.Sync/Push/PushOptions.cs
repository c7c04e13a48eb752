using System.ComponentModel.DataAnnotations;

namespace PropertyManager.Sync.Push;

/// <summary>Section <c>Sync:Push</c>: back-off of failed pushes (validation failures wait for the next edit instead).</summary>
public sealed class PushOptions
{
    public const string SectionName = "Sync:Push";

    /// <summary>Wait after the first failure; doubles with each further attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);
}
