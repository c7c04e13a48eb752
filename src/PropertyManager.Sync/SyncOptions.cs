using System.ComponentModel.DataAnnotations;

namespace PropertyManager.Sync;

/// <summary>Section <c>Sync</c>.</summary>
public sealed class SyncOptions
{
    public const string SectionName = "Sync";

    /// <summary>Run the background worker (the CLI verbs work either way).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between scheduled incremental runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far before the cursor a date-time filtered pull starts, for clock skew and late commits in Buildium.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often an incremental run re-reads a kind Buildium cannot filter by change (bills, GL and bank accounts,
    /// categories) when its full scan takes more than one page; webhooks bring their changes in between, and
    /// <c>sync --full</c> reads everything at once. Zero scans them in every run.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan FullScanInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How often a read of children (payments, history, files) commits what it has and marks its parents done, even
    /// when a batch is not full: at Buildium's rate a batch of a thousand payments is minutes of reads, which a restart
    /// would otherwise read again.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ChildCommitInterval { get; set; } = TimeSpan.FromSeconds(2);
}
