using System.ComponentModel.DataAnnotations;

namespace PropertyManager.Sync.Webhooks;

/// <summary>Section <c>Webhooks</c>: the background processor of stored Buildium webhook events.</summary>
public sealed class WebhookProcessorOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Run the background processor in this instance (receiving works either way; any instance may process).</summary>
    public bool ProcessorEnabled { get; set; } = true;

    /// <summary>Events claimed per batch; events for the same record within a batch cost one Buildium read.</summary>
    [Range(1, 5000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>How often the processor looks for due events when nothing wakes it (other instances' events, retries).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// After being woken by a new event, wait this long before claiming, so a burst of events for one record
    /// (Buildium often sends several within a second) lands in one batch and costs one read.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan CoalesceWindow { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Wait before the first retry of a failed event; doubles with each further failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest wait between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts allowed for a row whose <c>max_retries</c> is empty (rows written by this app always carry one).</summary>
    [Range(1, 100)]
    public int DefaultMaxRetries { get; set; } = 5;
}
